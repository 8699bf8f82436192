package dev.hebbian.notebook;

import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.knowm.xchart.internal.chartpart.Chart;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hebbian.io.AtomicFiles;
import tech.tablesaw.api.Table;

/**
 * How the toolkit's notebook runner displays the value of a cell's last expression, following what
 * the Java kernels do: images as image/png (with a text/plain summary), Tablesaw tables as
 * text/html and text/plain, anything else as text/plain of {@code String.valueOf}.
 */
public final class MimeBundle {
    private MimeBundle() {}

    /** The mime bundle (mime type to data) of a value. */
    public static Map<String, String> of(Object value) {
        Map<String, String> b = new LinkedHashMap<>();
        if (value instanceof Chart<?, ?> chart) value = Notebook.show(chart);
        if (value instanceof RenderedImage img) {
            b.put("image/png", png(img));
            b.put("text/plain", img instanceof BufferedImage bi
                    ? "BufferedImage " + bi.getWidth() + "x" + bi.getHeight() : img.toString());
        } else if (value instanceof Table t) {
            b.put("text/html", html(t));
            b.put("text/plain", Notebook.show(t));
        } else {
            b.put("text/plain", String.valueOf(value));
        }
        return b;
    }

    /** Called by the runner inside the notebook's JShell: write the bundle of a value as JSON. */
    public static void write(Object value, String path) {
        Map<String, String> b = of(value);
        AtomicFiles.write(Path.of(path), out -> new ObjectMapper().writeValue(out, b));
    }

    private static String png(RenderedImage img) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(img, "png", bytes);
            return Base64.getEncoder().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String html(Table t) {
        StringBuilder s = new StringBuilder("<table><thead><tr>");
        for (String c : t.columnNames()) s.append("<th>").append(escape(c)).append("</th>");
        s.append("</tr></thead><tbody>");
        int n = Math.min(t.rowCount(), 200);
        for (int i = 0; i < n; i++) {
            s.append("<tr>");
            for (int j = 0; j < t.columnCount(); j++) s.append("<td>").append(escape(t.getString(i, j))).append("</td>");
            s.append("</tr>");
        }
        s.append("</tbody></table>");
        if (t.rowCount() > n) s.append("<p>").append(t.rowCount() - n).append(" more rows</p>");
        return s.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
