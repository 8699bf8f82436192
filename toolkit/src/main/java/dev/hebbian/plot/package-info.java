/**
 * The toolkit's figures: one style for every chart of every notebook.
 *
 * <ul>
 *   <li>{@link dev.hebbian.plot.Figure}: an XChart chart in the toolkit's style (white background, readable
 *       fonts, legend outside the plot), NaN-aware lines, Monte Carlo points with error bars, N and samples,
 *       and {@code save(stem)}: PNG, SVG and the CSV of the plotted data side by side.</li>
 *   <li>{@link dev.hebbian.plot.Bars}: bar charts in the same style, with their CSV.</li>
 *   <li>{@link dev.hebbian.plot.Panels}: several figures as one (what a legend of more than eight entries
 *       becomes).</li>
 *   <li>{@link dev.hebbian.plot.Palette}: one colour per P, per ρ and per K, the same in every notebook;
 *       line styles per overlap index.</li>
 *   <li>{@link dev.hebbian.plot.Grids}, {@link dev.hebbian.plot.Labels}: grids and Unicode labels.</li>
 *   <li>{@link dev.hebbian.plot.Agreement}: the ledger of Monte Carlo points against theory.</li>
 *   <li>{@link dev.hebbian.plot.Plots}: static shorthands for notebooks
 *       ({@code import static dev.hebbian.plot.Plots.*;}).</li>
 *   <li>{@link dev.hebbian.plot.ImageGrid}: images (patterns, network states) in a grid.</li>
 * </ul>
 */
package dev.hebbian.plot;
