package dev.hebbian.plot;

import dev.hebbian.notebook.Notebook;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.VectorGraphicsEncoder;

/**
 * A bar chart in the toolkit's style ({@link Figure}'s fonts, white background, legend outside the
 * plot), whose {@link #save} writes PNG, SVG and the CSV of the plotted values side by side.
 *
 * <pre>{@code
 * Bars b = Bars.of("Overlaps, K = 3", "pattern k", "m_k", List.of("1", "2", "3")).columns("k", "m_k");
 * b.series("hierarchical, d = 0.3", new double[] {0.7, 0.21, 0.063}, Palette.series(0));
 * b.save("overlaps");   // .png, .svg, .csv (series, k, m_k)
 * }</pre>
 */
public final class Bars {
    private final CategoryChart chart;
    private final List<String> categories;
    private final Map<String, double[]> values = new LinkedHashMap<>();
    private String xColumn, yColumn;

    private Bars(CategoryChart chart, List<String> categories) {
        this.chart = chart;
        this.categories = List.copyOf(categories);
        this.xColumn = Labels.ascii(chart.getXAxisTitle() == null ? "category" : chart.getXAxisTitle());
        this.yColumn = Labels.ascii(chart.getYAxisTitle() == null ? "value" : chart.getYAxisTitle());
        Figure.styleAxes(chart.getStyler());
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getStyler().setLabelsFontColor(Color.BLACK);
        chart.getStyler().setYAxisMin(0.0);
    }

    /** A bar chart of the default size over the given categories (the x axis, in order). */
    public static Bars of(String title, String xLabel, String yLabel, List<String> categories) {
        if (categories.isEmpty()) throw new IllegalArgumentException("categories must not be empty");
        return new Bars(new CategoryChartBuilder().width(Figure.WIDTH).height(Figure.HEIGHT).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build(), categories);
    }

    /** CSV column names of the category and the value (default: the axis labels in ASCII). */
    public Bars columns(String x, String y) {
        this.xColumn = x;
        this.yColumn = y;
        return this;
    }

    /** One bar per category, in the given colour. */
    public CategorySeries series(String name, double[] v, Color color) {
        if (v.length != categories.size())
            throw new IllegalArgumentException("series '" + name + "' has " + v.length + " values for " + categories.size() + " categories");
        if (values.containsKey(name)) throw new IllegalArgumentException("series '" + name + "' is already in the chart");
        List<Double> ys = new ArrayList<>();
        for (double y : v) ys.add(y);
        CategorySeries s = chart.addSeries(name, categories, ys);
        s.setFillColor(color);
        s.setLineColor(color);
        values.put(name, v.clone());
        return s;
    }

    /** The XChart chart (for anything this class does not cover). */
    public CategoryChart chart() {
        return chart;
    }

    /** The plotted values, one row per bar: series, category, value. */
    public String csv() {
        StringBuilder b = new StringBuilder("series,").append(xColumn).append(',').append(yColumn).append('\n');
        values.forEach((name, v) -> {
            for (int i = 0; i < v.length; i++)
                b.append(quote(name)).append(',').append(quote(categories.get(i))).append(',')
                        .append(Double.isFinite(v[i]) ? String.format(Locale.ROOT, "%.10g", v[i]) : Double.toString(v[i])).append('\n');
        });
        return b.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** The chart as an image (a long title shrunk to fit, as in {@link Figure}). */
    public BufferedImage image() {
        Figure.fitTitle(chart);
        return BitmapEncoder.getBufferedImage(chart);
    }

    /** Write {@code <dir>/<stem>.png}, {@code .svg} and {@code .csv}; returns the image. */
    public BufferedImage saveTo(Path dir, String stem) {
        if (!stem.matches("[A-Za-z0-9._-]+")) throw new IllegalArgumentException("file stem must be [A-Za-z0-9._-]+, got " + stem);
        Figure.fitTitle(chart);
        Figure.write(dir.resolve(stem + ".png"), out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
        Figure.write(dir.resolve(stem + ".svg"),
                out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
        byte[] csv = csv().getBytes(StandardCharsets.UTF_8);
        Figure.write(dir.resolve(stem + ".csv"), out -> out.write(csv));
        return image();
    }

    /** Write PNG, SVG and CSV into the notebook output folder ({@link Notebook#outDir()}); returns the image. */
    public BufferedImage save(String stem) {
        return saveTo(Notebook.outDir(), stem);
    }
}
