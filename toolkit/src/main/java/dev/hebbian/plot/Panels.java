package dev.hebbian.plot;

import dev.hebbian.notebook.Notebook;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.VectorGraphicsEncoder;

/**
 * Several figures side by side as one figure: what a legend of more than {@link Figure#MAX_LEGEND}
 * entries becomes. {@link #save} writes one PNG of all panels, one SVG per panel
 * ({@code <stem>-a.svg}, {@code -b}, ...) and the plotted data: one CSV with a {@code panel} column when
 * the panels share their columns, else one CSV per panel.
 */
public final class Panels {
    private final List<Figure> panels;
    private final int columns;

    private Panels(List<Figure> panels, int columns) {
        if (panels.isEmpty()) throw new IllegalArgumentException("no panels");
        this.panels = List.copyOf(panels);
        this.columns = Math.max(1, Math.min(columns, panels.size()));
    }

    /** The figures in a grid of the given number of columns, row by row. */
    public static Panels of(int columns, List<Figure> figures) {
        return new Panels(figures, columns);
    }

    /** The figures in one row. */
    public static Panels row(Figure... figures) {
        return new Panels(List.of(figures), figures.length);
    }

    /** The figures stacked in one column. */
    public static Panels column(Figure... figures) {
        return new Panels(List.of(figures), 1);
    }

    public List<Figure> figures() {
        return panels;
    }

    /** All panels in one image. */
    public BufferedImage image() {
        int rows = (panels.size() + columns - 1) / columns, w = 0, h = 0;
        BufferedImage[] img = new BufferedImage[panels.size()];
        for (int i = 0; i < img.length; i++) {
            img[i] = panels.get(i).image();
            w = Math.max(w, img[i].getWidth());
            h = Math.max(h, img[i].getHeight());
        }
        BufferedImage out = new BufferedImage(w * columns, h * rows, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        for (int i = 0; i < img.length; i++) g.drawImage(img[i], (i % columns) * w, (i / columns) * h, null);
        g.dispose();
        return out;
    }

    /**
     * Write {@code <dir>/<stem>.png} (all panels), {@code <stem>-a.svg}, ... and the plotted data: one
     * {@code <stem>.csv} with a {@code panel} column (a, b, ...) when every panel has the same columns,
     * else one {@code <stem>-a.csv}, {@code <stem>-b.csv}, ... per panel, so that a header always
     * names the columns below it.
     */
    public BufferedImage saveTo(Path dir, String stem) {
        if (!stem.matches("[A-Za-z0-9._-]+")) throw new IllegalArgumentException("file stem must be [A-Za-z0-9._-]+, got " + stem);
        BufferedImage all = image();
        Figure.write(dir.resolve(stem + ".png"), out -> ImageIO.write(all, "png", out));
        boolean oneHeader = panels.stream().map(f -> f.csv().split("\n", 2)[0]).distinct().count() == 1;
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < panels.size(); i++) {
            Figure f = panels.get(i);
            String letter = letter(i);
            int entries = f.legendEntries();
            if (entries > Figure.MAX_LEGEND)
                System.err.println("figure " + stem + " panel " + letter + ": " + entries + " legend entries (more than " + Figure.MAX_LEGEND + ")");
            Figure.write(dir.resolve(stem + "-" + letter + ".svg"),
                    out -> VectorGraphicsEncoder.saveVectorGraphic(f.chart(), out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
            if (!oneHeader) {
                byte[] own = f.csv().getBytes(StandardCharsets.UTF_8);
                Figure.write(dir.resolve(stem + "-" + letter + ".csv"), out -> out.write(own));
                continue;
            }
            String[] lines = f.csv().split("\n");
            if (i == 0) csv.append("panel,").append(lines[0]).append('\n');
            for (int j = 1; j < lines.length; j++) csv.append(letter).append(',').append(lines[j]).append('\n');
        }
        if (oneHeader) {
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            Figure.write(dir.resolve(stem + ".csv"), out -> out.write(bytes));
        }
        return all;
    }

    /** The letter of panel i: a, b, ..., z, then aa, ab, ... */
    static String letter(int i) {
        return i < 26 ? String.valueOf((char) ('a' + i)) : letter(i / 26 - 1) + (char) ('a' + i % 26);
    }

    /** Save into the notebook output folder ({@link Notebook#outDir()}); returns the image. */
    public BufferedImage save(String stem) {
        return saveTo(Notebook.outDir(), stem);
    }
}
