package dev.hebbian.plot;

import dev.hebbian.notebook.Notebook;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One figure of the toolkit: an XChart {@link XYChart} in the toolkit's single style, with NaN-aware
 * lines, Monte Carlo points with error bars, and a {@link #save(String)} that writes the PNG, the SVG
 * and the CSV of the plotted data side by side.
 *
 * <pre>{@code
 * Figure f = Figure.of("Dense network, α = 0", "T", "m").yRange(0, 1.05);
 * for (int P : new int[] {2, 4, 6}) f.line("P = " + P, T, m.get(P), Palette.ofP(P));
 * f.mc("MC, P = 4", tMc, mMc, err, N, samples, Palette.ofP(4));
 * f.save("getting-started-m-vs-T");     // .png, .svg, .csv (series, T, m, stderr, N, samples)
 * }</pre>
 *
 * <p>Style: white background, sans-serif fonts readable at print size, the legend outside the plot
 * (right), light grid, error bars in the colour of their series. A {@code NaN} in a line splits it into
 * segments (one legend entry; the segments are never joined across the gap). Labels are Unicode (α, β,
 * ρ, m₁; see {@link Labels}); the CSV column names are their ASCII forms unless set by
 * {@link #columns(String, String)}.
 */
public final class Figure {
    /** Default size: wide enough for a legend on the right of a 4:3 plot. */
    public static final int WIDTH = 960, HEIGHT = 560;
    /** Legends with more entries than this should be split into panels: {@link #save} warns. */
    public static final int MAX_LEGEND = 8;

    private static final Map<XYChart, Figure> FIGURES = Collections.synchronizedMap(new WeakHashMap<>());

    private final XYChart chart;
    private String xColumn, yColumn;
    /** Per series name: the series it is a segment of, and the N and samples of Monte Carlo points. */
    private final Map<String, Meta> meta = new LinkedHashMap<>();
    private int hidden;
    private final List<String> labels = new ArrayList<>();

    private record Meta(String group, int N, int samples) {}

    /** Points a dashed or dotted line is drawn through at most (see {@link #line}). */
    public static final int DASHED_POINTS = 28;
    /** The full data of lines drawn through fewer points, for the CSV. */
    private final Map<String, double[][]> full = new LinkedHashMap<>();

    /** At most n of the points, evenly spaced in index, the first and the last included. */
    static double[][] thin(double[] x, double[] y, int n) {
        double[] tx = new double[n], ty = new double[n];
        for (int k = 0; k < n; k++) {
            int i = (int) Math.round((double) k * (x.length - 1) / (n - 1));
            tx[k] = x[i];
            ty[k] = y[i];
        }
        return new double[][] {tx, ty};
    }

    private Figure(XYChart chart) {
        this.chart = chart;
        this.xColumn = Labels.ascii(chart.getXAxisTitle() == null ? "x" : chart.getXAxisTitle());
        this.yColumn = Labels.ascii(chart.getYAxisTitle() == null ? "y" : chart.getYAxisTitle());
        style(chart);
    }

    /** A new figure of the default size. */
    public static Figure of(String title, String xLabel, String yLabel) {
        return of(title, xLabel, yLabel, WIDTH, HEIGHT);
    }

    /** A new figure of the given size in pixels. */
    public static Figure of(String title, String xLabel, String yLabel, int width, int height) {
        XYChart c = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        Figure f = new Figure(c);
        FIGURES.put(c, f);
        return f;
    }

    /** The figure of a chart made by {@link #of}; a chart made elsewhere is given the toolkit's style. */
    public static Figure of(XYChart chart) {
        synchronized (FIGURES) {
            return FIGURES.computeIfAbsent(chart, Figure::new);
        }
    }

    /** Apply the toolkit's style to a chart. */
    public static void style(XYChart chart) {
        XYStyler s = chart.getStyler();
        styleAxes(s);
        s.setErrorBarsColorSeriesColor(true);
    }

    /** The parts of the style shared by line and bar charts ({@link Bars}). */
    static void styleAxes(org.knowm.xchart.style.AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(new Color(90, 90, 90));
        s.setPlotGridLinesVisible(true);
        s.setPlotGridLinesColor(new Color(222, 222, 222));
        s.setChartFontColor(Color.BLACK);
        s.setChartTitleBoxVisible(false);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendBackgroundColor(Color.WHITE);
        s.setLegendSeriesLineLength(28);
        s.setMarkerSize(8);
        s.setXAxisDecimalPattern("0.###");
        s.setYAxisDecimalPattern("0.###");
        s.setChartPadding(12);
        s.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        s.setAnnotationTextFontColor(new Color(60, 60, 60));
        s.setAntiAlias(true);
        Color[] colors = new Color[8];
        for (int i = 0; i < colors.length; i++) colors[i] = Palette.series(i);
        s.setSeriesColors(colors);
    }

    /** The XChart chart (for anything this class does not cover). */
    public XYChart chart() {
        return chart;
    }

    /** The styler, for the rare setting this class does not cover. */
    public XYStyler styler() {
        return chart.getStyler();
    }

    /** CSV column names of the abscissa and ordinate (default: the axis labels in ASCII). */
    public Figure columns(String x, String y) {
        this.xColumn = x;
        this.yColumn = y;
        return this;
    }

    public Figure xRange(double lo, double hi) {
        chart.getStyler().setXAxisMin(lo).setXAxisMax(hi);
        return this;
    }

    public Figure yRange(double lo, double hi) {
        chart.getStyler().setYAxisMin(lo).setYAxisMax(hi);
        return this;
    }

    public Figure logX() {
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("0.######");
        return this;
    }

    public Figure logY() {
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisDecimalPattern("0.######"); // small decades are not rounded to 0
        return this;
    }

    /** Where the legend goes (default: outside, right of the plot). */
    public Figure legend(Styler.LegendPosition position) {
        chart.getStyler().setLegendPosition(position);
        return this;
    }

    /** A solid theory line. */
    public XYSeries line(String name, double[] x, double[] y, Color color) {
        return line(name, x, y, color, Palette.SOLID);
    }

    /**
     * A line in the given colour and stroke. A point with a non-finite x or y splits the line: the
     * finite runs become segments under one legend entry (a run of one point is drawn as a dot). Returns the first segment (null when no
     * point is finite). The name may be null for a line without a legend entry: its CSV name is then
     * derived from the legend entry of its colour ("ρ = 0.5 (dashed)"); to choose the CSV name, name the
     * line and call {@link #unlisted(String)}.
     */
    public XYSeries line(String name, double[] x, double[] y, Color color, BasicStroke stroke) {
        if (x.length != y.length) throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        String group = name == null ? csvNameFor(color, stroke.getDashArray() == null ? "line" : "dashed") : name;
        String base = name == null ? nextHidden() : name;
        XYSeries first = null;
        int i = 0;
        while (i < x.length) {
            while (i < x.length && !(Double.isFinite(x[i]) && Double.isFinite(y[i]))) i++;
            int j = i;
            while (j < x.length && Double.isFinite(x[j]) && Double.isFinite(y[j])) j++;
            if (j > i) {
                String id = first == null ? base : base + " ·" + (++hidden);
                double[] sx = java.util.Arrays.copyOfRange(x, i, j), sy = java.util.Arrays.copyOfRange(y, i, j);
                full.put(id, new double[][] {sx, sy});
                // XChart restarts the dash pattern at every point: a dashed or dotted line through many close points
                // would look solid, so it is drawn through at most DASHED_POINTS of them (the CSV keeps them all)
                if (stroke.getDashArray() != null && sx.length > DASHED_POINTS) {
                    double[][] t = thin(sx, sy, DASHED_POINTS);
                    sx = t[0];
                    sy = t[1];
                }
                XYSeries s = chart.addSeries(id, sx, sy);
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                // an isolated point between two gaps is drawn as a dot (a line of one point is invisible)
                s.setMarker(j - i == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
                s.setMarkerColor(color);
                s.setLineColor(color);
                s.setLineStyle(stroke);
                s.setShowInLegend(first == null && name != null);
                meta.put(id, new Meta(group, 0, 0));
                if (first == null) first = s;
            }
            i = j;
        }
        return first;
    }

    /** A vertical guide line at x from y0 to y1 (thin, dashed, grey; nothing when x is not finite). */
    public XYSeries vline(String name, double x, double y0, double y1) {
        if (!Double.isFinite(x)) return null;
        return line(name, new double[] {x, x}, new double[] {y0, y1}, new Color(110, 110, 110),
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
    }

    /** A horizontal guide line at y from x0 to x1. */
    public XYSeries hline(String name, double y, double x0, double x1) {
        if (!Double.isFinite(y)) return null;
        return line(name, new double[] {x0, x1}, new double[] {y, y}, new Color(110, 110, 110),
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
    }

    /**
     * A label written inside the plot, centred on the data point (x, y): the name of a phase region
     * ("R", "SG", "para") on a phase diagram. Labels are not part of the CSV.
     */
    public Figure label(String text, double x, double y) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("label text must not be empty");
        if (!Double.isFinite(x) || !Double.isFinite(y)) throw new IllegalArgumentException("label '" + text + "' needs a finite position, got (" + x + ", " + y + ")");
        chart.addAnnotation(new AnnotationText(text, x, y, false));
        labels.add(text);
        return this;
    }

    /** The texts of the labels added by {@link #label}, in order. */
    public List<String> labels() {
        return List.copyOf(labels);
    }

    /**
     * Markers with error bars (err may be null for none: then say why in the text). Points with a
     * non-finite x or y are left out. The name may be null for points without a legend entry (CSV name as
     * for {@link #line(String, double[], double[], Color, BasicStroke)}).
     */
    public XYSeries points(String name, double[] x, double[] y, double[] err, Color color, Marker marker) {
        return addPoints(name, x, y, err, color, marker, 0, 0);
    }

    /** Markers without error bars (computed values, not estimates). */
    public XYSeries points(String name, double[] x, double[] y, Color color, Marker marker) {
        return addPoints(name, x, y, null, color, marker, 0, 0);
    }

    /**
     * Monte Carlo estimates: markers with error bars of one standard error, the legend stating the
     * network size and the number of samples ("…, N = 4000, 3 samples"), and N and samples written to
     * the CSV. A null name gives no legend entry (the CSV still gets N and samples).
     */
    public XYSeries mc(String name, double[] x, double[] y, double[] err, int N, int samples, Color color, Marker marker) {
        if (err == null) throw new IllegalArgumentException("Monte Carlo points need their error bars");
        String label = name == null ? null : name + ", N = " + N + ", " + samples + (samples == 1 ? " sample" : " samples");
        return addPoints(label, x, y, err, color, marker, N, samples);
    }

    /** Monte Carlo estimates with circles. */
    public XYSeries mc(String name, double[] x, double[] y, double[] err, int N, int samples, Color color) {
        return mc(name, x, y, err, N, samples, color, SeriesMarkers.CIRCLE);
    }

    private XYSeries addPoints(String name, double[] x, double[] y, double[] err, Color color, Marker marker, int N, int samples) {
        if (x.length != y.length || (err != null && err.length != x.length))
            throw new IllegalArgumentException("x, y and err differ in length");
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < x.length; i++) if (Double.isFinite(x[i]) && Double.isFinite(y[i])) keep.add(i);
        if (keep.isEmpty()) return null;
        double[] xs = new double[keep.size()], ys = new double[keep.size()], es = err == null ? null : new double[keep.size()];
        for (int j = 0; j < keep.size(); j++) {
            int i = keep.get(j);
            xs[j] = x[i];
            ys[j] = y[i];
            if (es != null) es[j] = Double.isFinite(err[i]) ? err[i] : 0;
        }
        String id = name == null ? nextHidden() : name;
        String group = name == null ? csvNameFor(color, N > 0 ? "MC" : "points") : name;
        XYSeries s = es == null ? chart.addSeries(id, xs, ys) : chart.addSeries(id, xs, ys, es);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(marker);
        s.setMarkerColor(color);
        s.setLineColor(color);
        s.setShowInLegend(name != null);
        meta.put(id, new Meta(group, N, samples));
        return s;
    }

    /** The internal, unique XChart name of a series without a legend entry (never written to the CSV). */
    private String nextHidden() {
        return "\u200b" + (++hidden);
    }

    /**
     * The CSV name of a series added without a legend name: the legend name of the last series of the
     * same colour with a kind ("ρ = 0.5 (dashed)", "P = 4 (MC)"), else the ordinate and the kind
     * ("m (line)"); a second series of the same derived name gets " 2", " 3", ...
     */
    private String csvNameFor(Color color, String kind) {
        String owner = null;
        for (XYSeries s : chart.getSeriesMap().values())
            if (s.isShowInLegend() && color.equals(s.getXYSeriesRenderStyle() == XYSeries.XYSeriesRenderStyle.Scatter ? s.getMarkerColor() : s.getLineColor()))
                owner = meta.containsKey(s.getName()) ? meta.get(s.getName()).group() : s.getName();
        String name = (owner == null ? yColumn : owner) + " (" + kind + ")";
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Meta m : meta.values()) used.add(m.group());
        if (!used.contains(name)) return name;
        int k = 2;
        while (used.contains(name + " " + k)) k++;
        return name + " " + k;
    }

    /**
     * Write the series of the given legend name under another name in the CSV (the legend keeps its
     * name): a legend entry that stands for several series ("fit, dashed") while the CSV names each one
     * ("fit, T = 0.23"). Returns the figure.
     */
    public Figure csvName(String name, String csvName) {
        if (csvName == null || csvName.isBlank()) throw new IllegalArgumentException("csvName must not be empty");
        boolean found = false;
        for (Map.Entry<String, Meta> e : meta.entrySet())
            if (e.getValue().group().equals(name)) {
                e.setValue(new Meta(csvName, e.getValue().N(), e.getValue().samples()));
                found = true;
            }
        if (!found) throw new IllegalArgumentException("no series named '" + name + "' in the figure");
        return this;
    }

    /**
     * Keep the series in the CSV under its name but give it no legend entry (a second line of a
     * quantity whose legend entry is already there, a fit line beside its points). Returns the figure.
     */
    public Figure unlisted(String name) {
        boolean found = false;
        for (XYSeries s : chart.getSeriesMap().values()) {
            Meta m = meta.get(s.getName());
            if (m != null && m.group().equals(name)) {
                s.setShowInLegend(false);
                found = true;
            }
        }
        if (!found) throw new IllegalArgumentException("no series named '" + name + "' in the figure");
        return this;
    }

    /** The number of legend entries. */
    public int legendEntries() {
        return (int) chart.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend).count();
    }

    /**
     * The plotted data, one row per point: series (its legend name), x, y, stderr (NaN for lines),
     * N and samples (0 unless Monte Carlo), with the column names of {@link #columns}.
     */
    public String csv() {
        StringBuilder b = new StringBuilder();
        b.append("series,").append(xColumn).append(',').append(yColumn).append(",stderr,N,samples\n");
        for (XYSeries s : chart.getSeriesMap().values()) {
            Meta m = meta.getOrDefault(s.getName(), new Meta(s.getName(), 0, 0));
            double[][] f = full.get(s.getName());
            double[] x = f != null ? f[0] : s.getXData(), y = f != null ? f[1] : s.getYData(), e = f != null ? null : s.getExtraValues();
            for (int i = 0; i < x.length; i++) {
                b.append(quote(m.group())).append(',').append(num(x[i])).append(',').append(num(y[i])).append(',')
                        .append(e == null ? "NaN" : num(e[i])).append(',').append(m.N()).append(',').append(m.samples()).append('\n');
            }
        }
        return b.toString();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.10g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e").replaceAll("\\.$", "") : Double.toString(v);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Smallest title font (points) before the legend is moved below the plot to make room. */
    static final int MIN_TITLE_FONT = 11;

    /**
     * Make the title fit. XChart centres the title on the plot area, not on the chart, so a wide legend
     * on the right moves the centre left and a long title is clipped at the left edge: the font is
     * shrunk (down to {@link #MIN_TITLE_FONT} points) until the title fits on both sides of the plot's
     * centre, and if it still does not fit, the legend goes below the plot (which centres the plot).
     */
    private void fitTitle() {
        fitTitle(chart);
    }

    /** {@link #fitTitle()} for any XChart chart (also the bar charts of {@link Bars}). */
    static void fitTitle(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        String title = chart.getTitle();
        if (title == null || title.isEmpty()) return;
        Styler s = chart.getStyler();
        Font font = s.getChartTitleFont();
        for (int attempt = 0; attempt < 2; attempt++) {
            while (true) {
                s.setChartTitleFont(font);
                if (titleWidth(title, font) <= titleRoom(chart) || font.getSize() <= MIN_TITLE_FONT) break;
                font = font.deriveFont((float) font.getSize() - 1);
            }
            if (titleWidth(title, font) <= titleRoom(chart) || s.getLegendPosition() == Styler.LegendPosition.OutsideS) return;
            s.setLegendPosition(Styler.LegendPosition.OutsideS);
        }
    }

    /** Width in pixels of the title in the given font, measured as XChart lays it out. */
    private static double titleWidth(String title, Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            return new java.awt.font.TextLayout(title, font, g.getFontRenderContext()).getBounds().getWidth();
        } finally {
            g.dispose();
        }
    }

    /** The widest title that fits, centred on the plot area, inside the chart's padding (after a layout pass). */
    double titleRoom() {
        return titleRoom(chart);
    }

    static double titleRoom(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        int w = chart.getWidth(), pad = chart.getStyler().getChartPadding();
        java.awt.geom.Rectangle2D plot = plotBounds(chart);
        if (plot == null || plot.getWidth() <= 0) return w - 2.0 * pad;
        double centre = plot.getX() + plot.getWidth() / 2;
        return 2 * (Math.min(centre, w - centre) - pad);
    }

    /** The plot area of the chart after painting it once (XChart keeps it package-private), or null. */
    private static java.awt.geom.Rectangle2D plotBounds(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        BufferedImage img = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            chart.paint(g, chart.getWidth(), chart.getHeight());
            java.lang.reflect.Field f = org.knowm.xchart.internal.chartpart.Chart.class.getDeclaredField("plot");
            f.setAccessible(true);
            Object plot = f.get(chart);
            return plot == null ? null : (java.awt.geom.Rectangle2D) plot.getClass().getMethod("getBounds").invoke(plot);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;   // another XChart version: fall back to the chart width
        } finally {
            g.dispose();
        }
    }

    /** The figure as an image (for display: the last expression of a notebook cell). */
    public BufferedImage image() {
        fitTitle();
        return BitmapEncoder.getBufferedImage(chart);
    }

    /** Write {@code <dir>/<stem>.png}, {@code .svg} and {@code .csv} (the plotted data); returns the image. */
    public BufferedImage saveTo(Path dir, String stem) {
        if (!stem.matches("[A-Za-z0-9._-]+")) throw new IllegalArgumentException("file stem must be [A-Za-z0-9._-]+, got " + stem);
        fitTitle();
        int entries = legendEntries();
        if (entries > MAX_LEGEND)
            System.err.println("figure " + stem + ": " + entries + " legend entries (more than " + MAX_LEGEND + "): split it into panels");
        write(dir.resolve(stem + ".png"), out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
        write(dir.resolve(stem + ".svg"),
                out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
        byte[] csv = csv().getBytes(StandardCharsets.UTF_8);
        write(dir.resolve(stem + ".csv"), out -> out.write(csv));
        return BitmapEncoder.getBufferedImage(chart);
    }

    /** Write PNG, SVG and CSV into the notebook output folder ({@link Notebook#outDir()}); returns the image. */
    public BufferedImage save(String stem) {
        return saveTo(Notebook.outDir(), stem);
    }

    interface Writer {
        void to(OutputStream out) throws IOException;
    }

    static void write(Path file, Writer w) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                w.to(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
