package dev.hebbian.cli;

import dev.hebbian.theory.multitasking.ChiLaw;
import dev.hebbian.theory.multitasking.MultitaskingSolution;
import dev.hebbian.theory.multitasking.MultitaskingState;
import dev.hebbian.theory.multitasking.PhaseBoundaries;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.hebbian.Check;
import dev.hebbian.Multitasking;

/**
 * The fields printed by {@code solve --model multitasking} (arXiv:2308.04106;
 * docs/multitasking.md#eq-multitasking-3, #eq-multitasking-4, #eq-multitasking-6): K, d, rho, T, the law, the vectors m and n (JSON arrays), the state's name, its
 * stability and Hessian eigenvalues, and the solver diagnostics. The CLI command owner wires it in.
 */
public final class MultitaskingCli {
    private MultitaskingCli() {}

    /**
     * Solve one problem. noise: "clt" or "exact" (null: exact when M is given, clt from rho alone); r and M optional (with rho, or
     * instead of it: pass rho = NaN); init: "hierarchical" (default when null), "parallel", "pure",
     * "partially_symmetric", "alternative" or "ergodic".
     */
    public static Map<String, Object> solve(int K, double d, double rho, double T, String noise, Double r, Integer M,
                                            String init) {
        Multitasking.Builder b = Multitasking.supervised().k(K).dilution(d).temperature(T);
        if (!Double.isNaN(rho)) b = b.rho(rho);
        if (r != null) b = b.r(r);
        if (M != null) b = b.examples(M);
        if (noise != null) { // else the builders' one default (Noise.defaultFor: exact when M is given, clt from rho)
            switch (noise.toLowerCase(Locale.ROOT)) {
                case "clt", "gaussian" -> b = b.cltNoise();
                case "exact", "binomial" -> b = b.exactNoise();
                default -> throw new Check.InvalidParameterException("noise", noise, "exact or clt");
            }
        }
        MultitaskingState seed;
        try {
            seed = init == null ? MultitaskingState.HIERARCHICAL : MultitaskingState.valueOf(init.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Check.InvalidParameterException("init", init,
                    "hierarchical, parallel, pure, partially_symmetric, alternative or ergodic");
        }
        b = b.init(seed).allowUnconverged(true);
        ChiLaw law = b.law();
        MultitaskingSolution s = b.solve();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", "multitasking");
        out.put("K", K);
        out.put("d", d);
        out.put("rho", law.rho());
        out.put("T", T);
        out.put("beta", s.beta());
        out.put("noise", law instanceof ChiLaw.Binomial ? "exact" : "clt");
        if (law instanceof ChiLaw.Binomial bin) {
            out.put("r", bin.r());
            out.put("M", bin.M());
        } else {
            if (r != null) out.put("r", r);
            if (M != null) out.put("M", M);
        }
        out.put("init", seed.name().toLowerCase(Locale.ROOT));
        out.put("m", s.m());
        out.put("n", s.n());
        out.put("state", s.state().name().toLowerCase(Locale.ROOT));
        out.put("stability", s.stability().name().toLowerCase(Locale.ROOT));
        out.put("lambdaMin", s.lambdaMin());
        out.put("eigenvalues", s.eigenvalues());
        out.put("q", s.q());
        out.put("freeEnergy", s.freeEnergy());
        out.put("energy", s.energy());
        out.put("ergodicLine", "beta(1-d) = 1, d_E = " + PhaseBoundaries.ergodicDilution(T));
        out.put("converged", s.converged());
        out.put("iterations", s.iterations());
        out.put("residual", s.residual());
        out.put("method", s.method());
        return out;
    }
}
