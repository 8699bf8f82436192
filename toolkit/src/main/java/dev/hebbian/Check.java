package dev.hebbian;

/**
 * Parameter validation with one message format everywhere (library, CLI, notebooks):
 * {@code "T = -1.0 is out of range: must be >= 0"}. Every public entry point validates its
 * inputs through these methods, so a bad value always names the parameter, its value and the
 * valid range.
 */
public final class Check {
    private Check() {}

    /** The exception thrown for a bad parameter; the message is one line, ready for a CLI. */
    public static final class InvalidParameterException extends IllegalArgumentException {
        private final String parameter;

        public InvalidParameterException(String parameter, Object value, String validRange) {
            super(parameter + " = " + value + " is out of range: must be " + validRange);
            this.parameter = parameter;
        }

        /** The name of the offending parameter, as the papers write it (alpha, beta, P, r, ...). */
        public String parameter() {
            return parameter;
        }
    }

    public static double finite(String name, double v) {
        if (!Double.isFinite(v)) throw new InvalidParameterException(name, v, "a finite number");
        return v;
    }

    public static double nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) throw new InvalidParameterException(name, v, ">= 0 and finite");
        return v;
    }

    /** Like {@link #nonNegative} but also allows +infinity (e.g. beta = infinity, i.e. T = 0). */
    public static double nonNegativeOrInfinite(String name, double v) {
        if (!(v >= 0)) throw new InvalidParameterException(name, v, ">= 0");
        return v;
    }

    /** The smallest finite temperature the replica solvers resolve; below it use T = 0 (the ground state). */
    public static final double MIN_TEMPERATURE = 1e-9;

    /** A temperature: 0 (the T = 0 equations) or finite and at least {@link #MIN_TEMPERATURE}. */
    public static double temperature(String name, double t) {
        if (!(t == 0 || t >= MIN_TEMPERATURE && Double.isFinite(t)))
            throw new InvalidParameterException(name, t, "0 (the T = 0 limit) or between " + MIN_TEMPERATURE
                    + " and infinity (smaller finite temperatures are not resolved: use T = 0)");
        return t;
    }

    /** An inverse temperature: +infinity (T = 0) or at most 1/{@link #MIN_TEMPERATURE}, and >= 0. */
    public static double inverseTemperature(String name, double b) {
        if (!(b >= 0 && (Double.isInfinite(b) || b <= 1 / MIN_TEMPERATURE)))
            throw new InvalidParameterException(name, b, "in [0, " + 1 / MIN_TEMPERATURE
                    + "] or +infinity (the T = 0 limit); larger finite beta is not resolved");
        return b;
    }

    public static double positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) throw new InvalidParameterException(name, v, "> 0 and finite");
        return v;
    }

    /** Closed interval [lo, hi]. */
    public static double inClosed(String name, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) throw new InvalidParameterException(name, v, "in [" + lo + ", " + hi + "]");
        return v;
    }

    /** Half-open interval [lo, hi). */
    public static double inHalfOpen(String name, double v, double lo, double hi) {
        if (!(v >= lo && v < hi)) throw new InvalidParameterException(name, v, "in [" + lo + ", " + hi + ")");
        return v;
    }

    public static int atLeast(String name, int v, int min) {
        if (v < min) throw new InvalidParameterException(name, v, ">= " + min);
        return v;
    }

    public static long atLeast(String name, long v, long min) {
        if (v < min) throw new InvalidParameterException(name, v, ">= " + min);
        return v;
    }

    public static int inRange(String name, int v, int min, int max) {
        if (v < min || v > max) throw new InvalidParameterException(name, v, "in [" + min + ", " + max + "]");
        return v;
    }

    /** An even integer >= min (the interaction order P of the dense network). */
    public static int evenAtLeast(String name, int v, int min) {
        if (v < min || v % 2 != 0) throw new InvalidParameterException(name, v, "an even integer >= " + min);
        return v;
    }
}
