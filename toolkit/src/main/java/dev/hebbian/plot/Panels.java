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
 * ({@code <stem>-a.svg}, {@code -b}, ...) and one CSV of the plotted data with a {@code panel} column.
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

    /** Write {@code <dir>/<stem>.png} (all panels), {@code <stem>-a.svg}, ... and {@code <stem>.csv}. */
    public BufferedImage saveTo(Path dir, String stem) {
        if (!stem.matches("[A-Za-z0-9._-]+")) throw new IllegalArgumentException("file stem must be [A-Za-z0-9._-]+, got " + stem);
        BufferedImage all = image();
        Figure.write(dir.resolve(stem + ".png"), out -> ImageIO.write(all, "png", out));
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < panels.size(); i++) {
            Figure f = panels.get(i);
            String letter = String.valueOf((char) ('a' + i));
            int entries = f.legendEntries();
            if (entries > Figure.MAX_LEGEND)
                System.err.println("figure " + stem + " panel " + letter + ": " + entries + " legend entries (more than " + Figure.MAX_LEGEND + ")");
            Figure.write(dir.resolve(stem + "-" + letter + ".svg"),
                    out -> VectorGraphicsEncoder.saveVectorGraphic(f.chart(), out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
            String[] lines = f.csv().split("\n");
            if (i == 0) csv.append("panel,").append(lines[0]).append('\n');
            for (int j = 1; j < lines.length; j++) csv.append(letter).append(',').append(lines[j]).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        Figure.write(dir.resolve(stem + ".csv"), out -> out.write(bytes));
        return all;
    }

    /** Save into the notebook output folder ({@link Notebook#outDir()}); returns the image. */
    public BufferedImage save(String stem) {
        return saveTo(Notebook.outDir(), stem);
    }
}
