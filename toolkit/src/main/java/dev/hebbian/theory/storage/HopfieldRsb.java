package dev.hebbian.theory.storage;

import dev.hebbian.numerics.Gauss;
import dev.hebbian.numerics.LogMath;

/**
 * The P = 2 Hopfield model at 1RSB and T = 0: the beta -&gt; infinity limit of the bipartite 1RSB
 * pressure of spec rsb-dense-networks.md section 7.3 (AGS convention, diagonal removed), with
 * Theta = beta*theta, C2 = beta (1 - q2), q1 &lt; 1:
 *
 * <pre>
 * eps = (1/Theta) E1 ln E2 exp(Theta |m + s1 z1 + s2 z2|) - m^2/2 - (alpha/(2 Theta)) ln(D1/D2) + alpha q1/(2 D1)
 *       - (alpha/2) C2 [q1/D1^2 + (1 - q1)/(D1 D2)] - (alpha/2) Theta [q1 (1 - q1)/D1^2 + (1 - q1)/(D1 D2)] - alpha/2,
 * D2 = 1 - C2, D1 = D2 - Theta (1 - q1), s1^2 = alpha q1 / D1^2, s2^2 = alpha (1 - q1)/(D1 D2).
 * </pre>
 *
 * Theta -&gt; 0 gives back the AGS T = 0 energy (tested). Derived here from section 7.3 (not in the
 * spec). NOT YET SOLVED: a robust solver for its stationary points (and so the P = 2 1RSB capacity,
 * literature ~0.144) is missing; only the functional is provided.
 */
public final class HopfieldRsb {
    private HopfieldRsb() {}

    /** epsilon(m, q1, Theta, C2) at load alpha (NaN outside the domain D1, D2 &gt; 0). */
    public static double epsilon(double alpha, double m, double q1, double th, double c2, Gauss g) {
        double d2 = 1 - c2, d1 = d2 - th * (1 - q1);
        if (!(d1 > 0 && d2 > 0 && q1 >= 0 && q1 < 1 && th > 0)) return Double.NaN;
        double s1 = Math.sqrt(alpha * q1) / d1, s = Math.sqrt(alpha * (1 - q1) / (d1 * d2));
        Gauss rule = s1 > 0 && s / s1 < 0.3 ? Gauss.kinked(-m / s1, s / s1) : g;
        double sum = 0;
        for (int k = 0; k < rule.size(); k++) {
            double u = m + s1 * rule.node(k);
            double base = 0.5 * th * th * s * s;
            double a = th * u + base + LogMath.logNormalCdf(u / s + th * s);
            double b = -th * u + base + LogMath.logNormalCdf(-u / s + th * s);
            sum += rule.weight(k) * LogMath.logAddExp(a, b);
        }
        return sum / th - m * m / 2 - alpha / (2 * th) * Math.log(d1 / d2) + alpha * q1 / (2 * d1)
                - alpha / 2 * c2 * (q1 / (d1 * d1) + (1 - q1) / (d1 * d2))
                - alpha / 2 * th * (q1 * (1 - q1) / (d1 * d1) + (1 - q1) / (d1 * d2)) - alpha / 2;
    }

}
