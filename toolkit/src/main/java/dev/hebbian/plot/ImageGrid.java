package dev.hebbian.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import dev.hebbian.Check;
import dev.hebbian.io.AtomicFiles;
import dev.hebbian.notebook.Notebook;

/**
 * A labelled mosaic of small images (binarised +-1 patterns or grey levels), for the MNIST and
 * Fashion-MNIST figures of docs/learning.md#real-data (F8, F9): archetypes, examples and network
 * outputs side by side. Tiles are drawn row by row; +1 is white, -1 is black (grey levels in
 * [-1, 1] in between). Immutable builder: {@code ImageGrid.of(28, 28).columns(10).scale(3)
 * .add("0", pattern)...save("stem")}.
 */
public final class ImageGrid {
    private record Tile(String label, double[] values) {}

    private final int rows;
    private final int cols;
    private final int columns;
    private final int scale;
    private final String title;
    private final List<String> rowLabels;
    private final List<Tile> tiles;

    private ImageGrid(int rows, int cols, int columns, int scale, String title, List<String> rowLabels, List<Tile> tiles) {
        this.rows = rows;
        this.cols = cols;
        this.columns = columns;
        this.scale = scale;
        this.title = title;
        this.rowLabels = List.copyOf(rowLabels);
        this.tiles = List.copyOf(tiles);
    }

    /** An empty grid of tiles of {@code rows} x {@code cols} pixels (10 tiles per row, scale 3). */
    public static ImageGrid of(int rows, int cols) {
        Check.atLeast("rows", rows, 1);
        Check.atLeast("cols", cols, 1);
        return new ImageGrid(rows, cols, 10, 3, null, List.of(), List.of());
    }

    /** Tiles per row of the mosaic. */
    public ImageGrid columns(int n) {
        Check.atLeast("columns", n, 1);
        return new ImageGrid(rows, cols, n, scale, title, rowLabels, tiles);
    }

    /** Screen pixels per image pixel. */
    public ImageGrid scale(int s) {
        Check.inRange("scale", s, 1, 20);
        return new ImageGrid(rows, cols, columns, s, title, rowLabels, tiles);
    }

    /** A title above the mosaic. */
    public ImageGrid title(String t) {
        return new ImageGrid(rows, cols, columns, scale, t, rowLabels, tiles);
    }

    /** Labels written at the left of each row of tiles (in order). */
    public ImageGrid rowLabels(String... labels) {
        return new ImageGrid(rows, cols, columns, scale, title, List.of(labels), tiles);
    }

    /** Add a +-1 (or 0) pattern with a caption. */
    public ImageGrid add(String label, byte[] pattern) {
        double[] v = new double[pattern.length];
        for (int i = 0; i < v.length; i++) v[i] = pattern[i];
        return add(label, v);
    }

    /** Add a tile of values in [-1, 1] (clipped) with a caption. */
    public ImageGrid add(String label, double[] values) {
        if (values.length != rows * cols)
            throw new IllegalArgumentException("tile '" + label + "' has " + values.length + " values, expected " + rows * cols);
        List<Tile> t = new ArrayList<>(tiles);
        t.add(new Tile(label == null ? "" : label, values.clone()));
        return new ImageGrid(rows, cols, columns, scale, title, rowLabels, t);
    }

    /** The mosaic as an image (every kernel displays a BufferedImage as PNG). */
    public BufferedImage image() {
        int n = Math.max(1, tiles.size());
        int nrow = (n + columns - 1) / columns;
        int tw = cols * scale, th = rows * scale, pad = 6, caption = 16;
        int left = rowLabels.isEmpty() ? pad : 110;
        int top = title == null ? pad : 30;
        int w = left + columns * (tw + pad), h = top + nrow * (th + caption + pad);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        if (title != null) {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(title, pad, 20);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        for (int k = 0; k < nrow && k < rowLabels.size(); k++) {
            g.setColor(Color.BLACK);
            g.drawString(rowLabels.get(k), pad, top + k * (th + caption + pad) + th / 2 + 4);
        }
        for (int k = 0; k < tiles.size(); k++) {
            Tile t = tiles.get(k);
            int x0 = left + (k % columns) * (tw + pad), y0 = top + (k / columns) * (th + caption + pad);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    double v = Math.max(-1, Math.min(1, t.values()[i * cols + j]));
                    int grey = (int) Math.round(255 * (v + 1) / 2);
                    g.setColor(new Color(grey, grey, grey));
                    g.fillRect(x0 + j * scale, y0 + i * scale, scale, scale);
                }
            }
            g.setColor(Color.GRAY);
            g.drawRect(x0 - 1, y0 - 1, tw + 1, th + 1);
            g.setColor(Color.BLACK);
            String s = t.label();
            while (s.length() > 1 && fm.stringWidth(s) > tw + pad) s = s.substring(0, s.length() - 1);
            g.drawString(s, x0 + Math.max(0, (tw - fm.stringWidth(s)) / 2), y0 + th + caption - 3);
        }
        g.dispose();
        return img;
    }

    /** Write the mosaic as {@code <Notebook.outDir()>/<stem>.png} and return it for display. */
    public BufferedImage save(String stem) {
        if (stem == null || !stem.matches("[A-Za-z0-9._-]+"))
            throw new IllegalArgumentException("file stem = '" + stem + "' is not valid: must be letters, digits, '.', '_' or '-'");
        BufferedImage img = image();
        AtomicFiles.write(Notebook.outDir().resolve(stem + ".png"), out -> ImageIO.write(img, "png", out));
        return img;
    }
}
