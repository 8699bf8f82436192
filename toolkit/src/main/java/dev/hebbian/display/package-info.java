/**
 * Rich display in the Java kernels: {@link dev.hebbian.display.KernelDisplay} finds the kernel this
 * JVM runs in (IJava, JJava or rapaio) by reflection and registers renderers with it, so that a
 * Tablesaw table left as the last expression of a cell shows as an HTML table and an XChart chart or
 * an image as a picture, the way {@link dev.hebbian.notebook.MimeBundle} builds them. The toolkit
 * needs no kernel to compile or run; outside a kernel registration does nothing.
 *
 * <p>How the notebooks use it, and how a notebook is run with or without Jupyter, is in
 * docs/index.md and CONTRIBUTING.md.
 */
package dev.hebbian.display;
