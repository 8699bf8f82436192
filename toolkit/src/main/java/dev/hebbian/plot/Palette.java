package dev.hebbian.plot;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * The colours and line styles of every figure of the toolkit. Each quantity that labels series has its
 * own fixed colour set, so that a colour means one thing: the interaction order P (categorical, one
 * colour per value in every notebook), the dataset entropy ρ (a sequential dark-to-light scale, the same
 * colour for the same ρ everywhere), the number of patterns K, and the index k of an overlap m_k
 * (told apart by line style first, see {@link #strokeOf(int)}).
 */
public final class Palette {
    private Palette() {}

    /** Categorical colours (Okabe-Ito, colour-blind safe) in a fixed order. */
    private static final Color[] CATEGORICAL = {
        new Color(0, 114, 178),   // blue
        new Color(213, 94, 0),    // vermillion
        new Color(0, 158, 115),   // bluish green
        new Color(204, 121, 167), // reddish purple
        new Color(230, 159, 0),   // orange
        new Color(86, 180, 233),  // sky blue
        new Color(120, 94, 60),   // brown
        new Color(80, 80, 80),    // dark grey
    };

    /** Colour of the interaction order P: 2 blue, 3 sky blue, 4 vermillion, 6 green, 8 purple, 10 orange. */
    public static Color ofP(int P) {
        return switch (P) {
            case 2 -> CATEGORICAL[0];
            case 3 -> CATEGORICAL[5];
            case 4 -> CATEGORICAL[1];
            case 6 -> CATEGORICAL[2];
            case 8 -> CATEGORICAL[3];
            case 10 -> CATEGORICAL[4];
            default -> CATEGORICAL[6 + Math.floorMod(P, 2)];
        };
    }

    /** Colour of the number of patterns K (a set of its own: black, teal, magenta, olive, ...). */
    public static Color ofK(int K) {
        Color[] k = {new Color(0, 0, 0), new Color(0, 128, 128), new Color(170, 0, 120), new Color(128, 128, 0),
            new Color(90, 60, 160), new Color(160, 82, 45)};
        return k[Math.floorMod(K - 1, k.length)];
    }

    /**
     * Colour of the dataset entropy ρ ≥ 0 on a fixed sequential scale (dark blue at ρ = 0 through
     * purple and red to gold at ρ ≥ 10, uniform in log(1 + 10ρ)); ρ = +∞ is grey. The same ρ always
     * gets the same colour.
     */
    public static Color ofRho(double rho) {
        if (Double.isNaN(rho) || rho < 0) throw new IllegalArgumentException("rho must be >= 0, got " + rho);
        if (Double.isInfinite(rho)) return new Color(120, 120, 120);
        double t = Math.min(1, Math.log1p(10 * rho) / Math.log1p(100));
        return sequential(t);
    }

    /** A colour of the sequential scale, t in [0, 1]. */
    public static Color sequential(double t) {
        // stops of a perceptually ordered scale (navy, purple, crimson, orange, gold)
        double[][] stops = {{25, 25, 112}, {106, 61, 154}, {190, 40, 80}, {232, 110, 30}, {210, 170, 0}};
        double u = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(u));
        double f = u - i;
        int[] c = new int[3];
        for (int j = 0; j < 3; j++) c[j] = (int) Math.round(stops[i][j] + f * (stops[i + 1][j] - stops[i][j]));
        return new Color(c[0], c[1], c[2]);
    }

    /** The i-th colour of the categorical set (i from 0; wraps): for series that are none of P, ρ, K. */
    public static Color series(int i) {
        return CATEGORICAL[Math.floorMod(i, CATEGORICAL.length)];
    }

    /** Solid line (theory, stable branch). */
    public static final BasicStroke SOLID = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** Dashed line (metastable branch, second quantity of the same colour). */
    public static final BasicStroke DASHED = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {8f, 5f}, 0f);
    /** Dotted line. */
    public static final BasicStroke DOTTED = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
            new float[] {1.5f, 4.5f}, 0f);
    /** Dash-dot line. */
    public static final BasicStroke DASH_DOT = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {9f, 4f, 2f, 4f}, 0f);
    /** Thin line (guides, reference values). */
    public static final BasicStroke THIN = new BasicStroke(1.0f);

    private static final BasicStroke[] STROKES = {SOLID, DASHED, DOTTED, DASH_DOT, THIN};

    /** Line style of the overlap index k = 1, 2, 3, ...: m₁ solid, m₂ dashed, m₃ dotted, m₄ dash-dot. */
    public static BasicStroke strokeOf(int k) {
        return STROKES[Math.floorMod(k - 1, STROKES.length)];
    }
}
