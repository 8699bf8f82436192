/**
 * What the notebooks need, the same in every Java kernel (IJava, JJava, rapaio) and in the toolkit's
 * own headless runner:
 * <ul>
 *   <li>{@link dev.hebbian.notebook.Notebook} and {@link dev.hebbian.notebook.MimeBundle}: how a
 *       table, a chart or an image is shown and saved;</li>
 *   <li>{@link dev.hebbian.notebook.Mode}: quick mode (small N, coarse grids, for the tests) or full
 *       mode (publication figures);</li>
 *   <li>{@link dev.hebbian.notebook.Progress}: progress lines of long computations, and one line in
 *       the cell's output when the kernel interrupts them;</li>
 *   <li>{@link dev.hebbian.notebook.NotebookRunner}: runs a notebook's code cells in one JShell
 *       without Python or Jupyter ({@code notebook run}, {@code reproduce});</li>
 *   <li>{@link dev.hebbian.notebook.KernelSpec} and {@link dev.hebbian.notebook.Classpath}: a Jupyter
 *       kernelspec with the toolkit on its classpath ({@code kernel install}).</li>
 * </ul>
 * The first use of {@code Notebook}, {@code MimeBundle}, {@code Progress} or {@code Mode} in a kernel
 * registers the toolkit's renderers ({@link dev.hebbian.display.KernelDisplay}). Each notebook plots
 * equations of docs/ (docs/index.md lists the pages); how to add a notebook is in CONTRIBUTING.md.
 */
package dev.hebbian.notebook;
