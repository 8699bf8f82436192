package dev.hebbian.notebook;

import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hebbian.display.KernelDisplay;
import dev.hebbian.io.AtomicFiles;
import tech.tablesaw.api.Table;

/**
 * The one place that decides how the toolkit's values look in a notebook: the toolkit's own runner
 * ({@code notebook run}, {@code reproduce}) writes this bundle as the cell's output, and in IJava,
 * JJava and rapaio the renderers that {@link KernelDisplay} registers with the kernel return it.
 * <ul>
 * <li>XChart charts: image/png, or image/svg+xml after {@link #svgCharts(boolean) svgCharts(true)}
 * (or with the system property {@code hebbian.svg=true}), with a text/plain summary;</li>
 * <li>images ({@link RenderedImage}): image/png with a text/plain summary;</li>
 * <li>Tablesaw tables: text/html (the first 200 rows) and text/plain ({@link Notebook#show(Table)});</li>
 * <li>anything else: text/plain of {@code String.valueOf}.</li>
 * </ul>
 * A kernel shows these only for values whose types it was taught: the kernels' own renderers show a
 * table as plain text and a chart by its {@code toString()}, which is why the toolkit registers its
 * renderers as soon as {@code Notebook}, {@code MimeBundle} or {@code Progress} is first used.
 */
public final class MimeBundle {
    private MimeBundle() {}

    static {
        KernelDisplay.register();
    }

    /** System property that makes charts display as image/svg+xml from the start when "true". */
    public static final String SVG_PROPERTY = "hebbian.svg";

    private static volatile boolean svg = Boolean.getBoolean(SVG_PROPERTY);

    /** Display charts as image/svg+xml (true) or image/png (false, the default). */
    public static void svgCharts(boolean on) {
        svg = on;
    }

    /** True when charts display as image/svg+xml. */
    public static boolean svgCharts() {
        return svg;
    }

    /** The mime bundle (mime type to data; images base64) of a value. */
    public static Map<String, String> of(Object value) {
        Map<String, String> b = new LinkedHashMap<>();
        if (value instanceof Chart<?, ?> chart) {
            b.put(svg ? "image/svg+xml" : "image/png", svg ? svg(chart) : png(Notebook.show(chart)));
            b.put("text/plain", chart.getClass().getSimpleName() + " " + chart.getWidth() + "x" + chart.getHeight()
                    + (chart.getTitle() == null || chart.getTitle().isBlank() ? "" : ": " + chart.getTitle()));
            return b;
        }
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

    private static String svg(Chart<?, ?> chart) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, bytes, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            return bytes.toString(StandardCharsets.UTF_8);
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
