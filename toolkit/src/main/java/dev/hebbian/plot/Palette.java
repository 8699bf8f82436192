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
     * Fixed colours of the dataset entropies the notebooks use; other values are interpolated in
     * log(1 + 10ρ). Chosen away from the colours of P: each differs from the colour of every P = 2, 3,
     * 4, 6, 8, 10 by a CIELAB ΔE of at least 36 (at least 9 under simulated deuteranopia), so that a ρ
     * line and a P line in the same notebook are never taken for each other (ρ = 0.5 was an orange
     * next to the vermillion of P = 4 before).
     */
    private static final double[] RHO = {0, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 5};
    private static final int[][] RHO_RGB = {
        {15, 25, 75},    // 0: navy
        {45, 50, 165},   // 0.05: indigo
        {115, 75, 205},  // 0.1: violet
        {170, 60, 175},  // 0.2: magenta
        {195, 30, 95},   // 0.3: crimson
        {130, 10, 25},   // 0.5: dark red
        {30, 95, 95},    // 1: dark teal
        {160, 150, 80},  // 2: khaki
        {95, 30, 110},   // 5: plum
    };

    /**
     * Colour of the dataset entropy ρ ≥ 0 on a fixed scale (navy at ρ = 0, violet at 0.1, magenta at
     * 0.2, dark red at 0.5, dark teal at 1, khaki at 2); ρ = +∞ is grey. The same ρ always gets the same
     * colour, the values the notebooks use are clearly apart, and none is near a colour of {@link #ofP}.
     */
    public static Color ofRho(double rho) {
        if (Double.isNaN(rho) || rho < 0) throw new IllegalArgumentException("rho must be >= 0, got " + rho);
        if (Double.isInfinite(rho)) return new Color(120, 120, 120);
        if (rho >= RHO[RHO.length - 1]) return rgb(RHO_RGB[RHO.length - 1]);
        int i = 0;
        while (rho > RHO[i + 1]) i++;
        double a = Math.log1p(10 * RHO[i]), b = Math.log1p(10 * RHO[i + 1]), f = (Math.log1p(10 * rho) - a) / (b - a);
        int[] c = new int[3];
        for (int j = 0; j < 3; j++) c[j] = (int) Math.round(RHO_RGB[i][j] + f * (RHO_RGB[i + 1][j] - RHO_RGB[i][j]));
        return new Color(c[0], c[1], c[2]);
    }

    private static Color rgb(int[] c) {
        return new Color(c[0], c[1], c[2]);
    }

    /**
     * A colour of a sequential scale (navy, purple, magenta, dark red, khaki), t in [0, 1]: for a
     * series parameter that is none of P, ρ, K (the quality r, a size N, a temperature). Every colour
     * of the scale differs from the colour of every P = 2, 3, 4, 6, 8, 10 by a CIELAB ΔE of at least
     * 30 and from black and the greys of reference lines by at least 30, and six evenly spaced values
     * differ from their neighbours by at least 18 (the scale ran from crimson through orange to gold
     * before, a ΔE of 6 from the orange of P = 10 and the vermillion of P = 4).
     */
    public static Color sequential(double t) {
        if (Double.isNaN(t)) throw new IllegalArgumentException("t must be in [0, 1], got NaN");
        double[][] stops = {{20, 20, 70}, {80, 25, 130}, {150, 20, 110}, {160, 30, 40}, {170, 160, 70}};
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

    /** The stroke with another width (a thick line drawn under a thin one stays visible). */
    public static BasicStroke width(BasicStroke base, float width) {
        if (!(width > 0)) throw new IllegalArgumentException("width must be > 0, got " + width);
        return new BasicStroke(width, base.getEndCap(), base.getLineJoin(), base.getMiterLimit(), base.getDashArray(), base.getDashPhase());
    }

    private static final BasicStroke[] STROKES = {SOLID, DASHED, DOTTED, DASH_DOT, THIN};

    /** Line style of the overlap index k = 1, 2, 3, ...: m₁ solid, m₂ dashed, m₃ dotted, m₄ dash-dot. */
    public static BasicStroke strokeOf(int k) {
        return STROKES[Math.floorMod(k - 1, STROKES.length)];
    }
}
