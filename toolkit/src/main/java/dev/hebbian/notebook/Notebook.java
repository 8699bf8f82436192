package dev.hebbian.notebook;

import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.nio.file.Path;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

import dev.hebbian.display.KernelDisplay;
import dev.hebbian.io.AtomicFiles;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * What a notebook cell needs to show and keep its results, the same way in every Java kernel
 * (IJava, JJava, rapaio) and in the toolkit's own runner. A table, a chart or an image left as the
 * last expression of a cell is displayed as {@link MimeBundle} describes (a table as an HTML table,
 * a chart as a picture): the first use of this class in a kernel registers the toolkit's renderers
 * with it ({@link KernelDisplay}). {@link #show(Chart)} still turns a chart into a
 * {@link BufferedImage}, which every kernel displays as image/png even without them.
 *
 * <p>Saved files go to {@link #outDir()}: the system property {@code hebbian.out}, else the
 * environment variable {@code HEBBIAN_OUT}, else {@code build/notebook-output} under the working
 * folder. Every file is written whole or not at all.
 */
public final class Notebook {
    private Notebook() {}

    static {
        KernelDisplay.register();
    }

    public static final String OUT_PROPERTY = "hebbian.out";
    public static final String OUT_ENV = "HEBBIAN_OUT";

    /** The folder where {@code save} writes figures and tables. */
    public static Path outDir() {
        String p = System.getProperty(OUT_PROPERTY);
        if (p == null || p.isBlank()) p = System.getenv(OUT_ENV);
        if (p == null || p.isBlank()) p = "build/notebook-output";
        return Path.of(p);
    }

    /** Display charts as SVG (true) or PNG (false, the default); see {@link MimeBundle#svgCharts(boolean)}. */
    public static void svgCharts(boolean on) {
        MimeBundle.svgCharts(on);
    }

    /** True in quick mode (see {@link Mode}). */
    public static boolean quick() {
        return Mode.quick();
    }

    /** The chart as an image; make it the last expression of a cell to display it. */
    public static BufferedImage show(Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }

    /**
     * Write the chart as {@code <outDir>/<stem>.png} and {@code .svg} and return it as an image for
     * display.
     */
    public static BufferedImage save(Chart<?, ?> chart, String stem) {
        checkStem(stem);
        Path dir = outDir();
        AtomicFiles.write(dir.resolve(stem + ".png"),
                out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
        AtomicFiles.write(dir.resolve(stem + ".svg"),
                out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
        return show(chart);
    }

    /** A text preview of the table (all rows up to 40, then head and tail). */
    public static String show(Table table) {
        if (table.rowCount() <= 40) return table.printAll();
        return table.first(20).printAll() + "\n... " + (table.rowCount() - 40) + " rows omitted ...\n"
                + table.last(20).print();
    }

    /** Write the table as {@code <outDir>/<stem>.csv} and return its text preview. */
    public static String save(Table table, String stem) {
        checkStem(stem);
        StringWriter w = new StringWriter();
        table.write().usingOptions(CsvWriteOptions.builder(w).build());
        AtomicFiles.writeString(outDir().resolve(stem + ".csv"), w.toString());
        return show(table);
    }

    /** One line on the environment: Java, mode, output folder, toolkit version. */
    public static String environment() {
        String v = Notebook.class.getPackage().getImplementationVersion();
        return "dense-hebbian toolkit " + (v == null ? "(development build)" : v)
                + " | Java " + System.getProperty("java.version")
                + " | mode: " + Mode.name()
                + " | output: " + outDir().toAbsolutePath();
    }

    private static void checkStem(String stem) {
        if (stem == null || !stem.matches("[A-Za-z0-9._-]+"))
            throw new IllegalArgumentException("file stem = '" + stem
                    + "' is not valid: must be letters, digits, '.', '_' or '-' (no folders)");
    }
}
