package dev.hebbian.notebook;

import dev.hebbian.display.KernelDisplay;

/**
 * Quick or full mode for notebooks. Quick mode (smaller N, fewer samples, coarser grids) lets the
 * test suite run every notebook in minutes; full mode makes publication-quality figures.
 *
 * <p>Quick mode is on when the system property {@code hebbian.quick} is {@code true}, or else when
 * the environment variable {@code HEBBIAN_QUICK} is {@code 1} or {@code true}. The notebook runner
 * ({@code notebook run --quick}, {@code reproduce --quick}) sets the environment variable of the JVM
 * that executes the cells; with a kernel, export {@code HEBBIAN_QUICK=1} before starting Jupyter.
 *
 * <p>Notebooks usually ask for the mode first, so the first use of this class in a kernel also
 * registers the toolkit's renderers ({@link KernelDisplay}), as {@code Notebook}, {@code MimeBundle}
 * and {@code Progress} do.
 */
public final class Mode {
    static {
        KernelDisplay.register();
    }

    private Mode() {}

    public static final String PROPERTY = "hebbian.quick";
    public static final String ENV = "HEBBIAN_QUICK";

    /** True in quick mode. */
    public static boolean quick() {
        String p = System.getProperty(PROPERTY);
        if (p != null) return Boolean.parseBoolean(p);
        String e = System.getenv(ENV);
        return e != null && (e.equals("1") || e.equalsIgnoreCase("true"));
    }

    /** {@code quickValue} in quick mode, {@code fullValue} otherwise. */
    public static int pick(int quickValue, int fullValue) {
        return quick() ? quickValue : fullValue;
    }

    /** {@code quickValue} in quick mode, {@code fullValue} otherwise. */
    public static double pick(double quickValue, double fullValue) {
        return quick() ? quickValue : fullValue;
    }

    /** "quick" or "full", for figure captions and logs. */
    public static String name() {
        return quick() ? "quick" : "full";
    }
}
