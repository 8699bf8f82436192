package dev.hebbian.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Static shorthands for notebooks ({@code import static dev.hebbian.plot.Plots.*;}): grids, a styled
 * chart, lines and points on it, and saving. Each one delegates to {@link Figure}, {@link Grids} and
 * {@link Palette}, so a notebook holds no copy of any figure code.
 */
public final class Plots {
    private Plots() {}

    public static final BasicStroke SOLID = Palette.SOLID, DASHED = Palette.DASHED, DOTTED = Palette.DOTTED;

    /** n evenly spaced points from lo to hi ({@link Grids#range}). */
    public static double[] range(double lo, double hi, int n) {
        return Grids.range(lo, hi, n);
    }

    /** n log-spaced points from lo to hi ({@link Grids#logGrid}). */
    public static double[] logGrid(double lo, double hi, int n) {
        return Grids.logGrid(lo, hi, n);
    }

    /** Column k of a list of rows ({@link Grids#column}). */
    public static double[] column(List<double[]> rows, int k) {
        return Grids.column(rows, k);
    }

    /** A new chart in the toolkit's style (default size). */
    public static XYChart xy(String title, String xLabel, String yLabel) {
        return Figure.of(title, xLabel, yLabel).chart();
    }

    /** A new chart in the toolkit's style, of the given size. */
    public static XYChart xy(String title, String xLabel, String yLabel, int width, int height) {
        return Figure.of(title, xLabel, yLabel, width, height).chart();
    }

    /** The figure of a chart (to set ranges, CSV column names, ...). */
    public static Figure fig(XYChart c) {
        return Figure.of(c);
    }

    /** A NaN-aware solid line in the next categorical colour. */
    public static XYSeries line(XYChart c, String name, double[] x, double[] y) {
        return Figure.of(c).line(name, x, y, Palette.series(c.getSeriesMap().size()), SOLID);
    }

    /** A NaN-aware line, solid or dashed. */
    public static XYSeries line(XYChart c, String name, double[] x, double[] y, Color color, boolean dashed) {
        return Figure.of(c).line(name, x, y, color, dashed ? DASHED : SOLID);
    }

    /** A NaN-aware line in a given colour and stroke. */
    public static XYSeries line(XYChart c, String name, double[] x, double[] y, Color color, BasicStroke stroke) {
        return Figure.of(c).line(name, x, y, color, stroke);
    }

    /** A NaN-aware line, solid or dashed, of a given width (a thick line drawn over a thin one stays visible). */
    public static XYSeries line(XYChart c, String name, double[] x, double[] y, Color color, boolean dashed, float width) {
        return Figure.of(c).line(name, x, y, color, Palette.width(dashed ? DASHED : SOLID, width));
    }

    /** Markers without error bars (computed values). */
    public static XYSeries points(XYChart c, String name, double[] x, double[] y, Color color, Marker marker) {
        return Figure.of(c).points(name, x, y, color, marker);
    }

    /** Circles with error bars (err null: none). */
    public static XYSeries points(XYChart c, String name, double[] x, double[] y, double[] err, Color color) {
        return Figure.of(c).points(name, x, y, err, color, SeriesMarkers.CIRCLE);
    }

    /** Markers with error bars (err null: none). */
    public static XYSeries points(XYChart c, String name, double[] x, double[] y, double[] err, Color color, Marker marker) {
        return Figure.of(c).points(name, x, y, err, color, marker);
    }

    /** Monte Carlo points: error bars, N and samples in the legend and in the CSV. */
    public static XYSeries mc(XYChart c, String name, double[] x, double[] y, double[] err, int N, int samples, Color color,
            Marker marker) {
        return Figure.of(c).mc(name, x, y, err, N, samples, color, marker);
    }

    /** A vertical guide line. */
    public static XYSeries vline(XYChart c, String name, double x, double y0, double y1) {
        return Figure.of(c).vline(name, x, y0, y1);
    }

    /** A horizontal guide line. */
    public static XYSeries hline(XYChart c, String name, double y, double x0, double x1) {
        return Figure.of(c).hline(name, y, x0, x1);
    }

    /** Colour of P, ρ, K ({@link Palette}). */
    public static Color colorOfP(int P) {
        return Palette.ofP(P);
    }

    public static Color colorOfRho(double rho) {
        return Palette.ofRho(rho);
    }

    public static Color colorOfK(int K) {
        return Palette.ofK(K);
    }

    /** m_k as "m₁", "m₂", ... */
    public static String mLabel(int k) {
        return Labels.m(k);
    }

    /** Save PNG, SVG and the CSV of the plotted data into the notebook output folder; returns the image. */
    public static BufferedImage save(XYChart c, String stem) {
        return Figure.of(c).save(stem);
    }
}
