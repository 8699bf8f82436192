package dev.hebbian.cli;

import dev.hebbian.theory.learning.CapacityResult;
import dev.hebbian.theory.learning.ExampleSet;
import dev.hebbian.theory.learning.Learning;
import dev.hebbian.theory.learning.LearningRule;
import dev.hebbian.theory.learning.LearningSolution;
import dev.hebbian.theory.learning.LearningState;
import dev.hebbian.theory.learning.Noise;
import dev.hebbian.theory.learning.Phase;
import dev.hebbian.theory.learning.UnsupervisedTheory;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.hebbian.Check;

/**
 * Ordered JSON fields for the CLI's {@code solve} and {@code capacity} commands with models
 * {@code supervised} and {@code unsupervised} (arXiv:2212.00606; docs/learning.md; canonical convention of
 * docs/conventions.md: T = 1/beta with beta the paper's beta', alpha = alpha_s P!/2). alpha = 0 selects the
 * low-load theory. Dataset: r with M, or rho with or without M. Non-finite numbers become null.
 */
public final class LearningCli {
    private LearningCli() {}

    /**
     * The largest M for the exact (binomial, M + 1 atoms) law of the class average; above it the
     * central-limit law is used when --noise is not given, and --noise exact is refused.
     */
    public static final int EXACT_M_LIMIT = 10_000;

    /** The law of the class average for M examples: the one asked for, or exact up to {@link #EXACT_M_LIMIT} and clt above. */
    static String noiseFor(Integer M, String noise) {
        if (M == null || M <= EXACT_M_LIMIT) return noise;
        if (noise == null) {
            System.err.println("note: M = " + M + " > " + EXACT_M_LIMIT + ": the class average follows the central-limit law (--noise clt); "
                    + "the exact law has M + 1 atoms");
            return "clt";
        }
        if (Noise.parse(noise) == Noise.EXACT)
            throw new Check.InvalidParameterException("M", M, "<= " + EXACT_M_LIMIT + " with --noise exact (the exact law has M + 1 atoms); "
                    + "use --noise clt or --noise ld for larger M");
        return noise;
    }

    /** The builder for a model name ({@code supervised} or {@code unsupervised}). */
    public static Learning.Builder builder(String model, int P, Double r, Integer M, Double rho, String noise) {
        Learning.Builder b;
        switch (model.trim().toLowerCase(Locale.ROOT)) {
            case "supervised": b = Learning.supervised(); break;
            case "unsupervised": b = Learning.unsupervised(); break;
            default: throw new Check.InvalidParameterException("model", model, "supervised or unsupervised");
        }
        noise = noiseFor(M, noise);
        b = b.p(P);
        if (noise != null) b = b.noise(Noise.parse(noise)); // else the builders' one default (Noise.defaultFor)
        if (r != null) b = b.r(r);
        if (rho != null) b = b.rho(rho);
        if (M != null) b = b.examples(M);
        return b;
    }

    /** {@code solve}: the equilibrium state and the retrieval state at (P, alpha, T) for the dataset. */
    public static Map<String, Object> solve(String model, int P, double alpha, double T, Double r, Integer M, Double rho, String noise) {
        Check.nonNegative("alpha", alpha);
        Check.temperature("T", T);
        Learning.Builder b = builder(model, P, r, M, rho, noise).temperature(T);
        LearningSolution s = alpha == 0 ? b.lowLoad().solve() : b.highLoad().alpha(alpha).solve();
        Map<String, Object> out = header(s.model(), P, s.data(), s.noise());
        out.put("alpha", alpha);
        out.put("T", T);
        out.put("beta", num(s.beta()));
        out.put("regime", alpha == 0 ? "low-load" : "high-load");
        LearningState eq = s.equilibrium();
        out.put("phase", eq.phase().name().toLowerCase(Locale.ROOT));
        out.put("m", num(eq.m()));
        out.put("y", num(eq.y()));
        out.put("nbar", num(eq.nbar()));
        out.put("q", num(eq.q()));
        out.put("freeEnergy", num(eq.freeEnergy()));
        out.put("retrievalExists", s.retrieval().isPresent());
        out.put("retrievalM", s.retrieval().map(x -> num(x.m())).orElse(null));
        out.put("retrievalY", s.retrieval().map(x -> num(x.y())).orElse(null));
        out.put("retrievalQ", s.retrieval().map(x -> num(x.q())).orElse(null));
        out.put("retrievalStable", s.retrieval().map(LearningState::locallyStable).orElse(null));
        s.state(Phase.EXAMPLE).ifPresent(x -> {
            out.put("exampleM", num(x.m()));
            out.put("exampleY1", num(x.y()));
            out.put("exampleYOther", num(x.yOther()));
        });
        out.put("converged", s.converged());
        out.put("iterations", s.states().stream().mapToInt(LearningState::iterations).max().orElse(0));
        out.put("residual", s.states().stream().mapToDouble(LearningState::residual).max().orElse(0));
        out.put("convention", "canonical (docs/conventions.md): beta = the papers' beta', alpha = alpha_s P!/2");
        return out;
    }

    /** {@code capacity}: the T = 0 critical load alpha_c (canonical) and the fold point. */
    public static Map<String, Object> capacity(String model, int P, Double r, Integer M, Double rho, String noise) {
        CapacityResult c = builder(model, P, r, M, rho, noise).capacity();
        Map<String, Object> out = header(c.model(), P, c.data(), c.noise());
        out.put("alphaC", num(c.alphaC()));
        out.put("alphaCPaper", num(c.alphaPaperUnits()));
        out.put("mC", num(c.m()));
        out.put("yC", num(c.y()));
        if (c.model() == LearningRule.UNSUPERVISED) {
            out.put("varianceFactor", num(UnsupervisedTheory.varianceFactor(P, c.data())));
            out.put("ratioToSupervised", num(UnsupervisedTheory.capacityRatio(P, c.data())));
        }
        out.put("convention", "canonical: alpha = alpha_s P!/2");
        return out;
    }

    /**
     * {@code sweep}: a Tablesaw table over one variable, {@code over} = {@code T} (solutions at alpha,
     * low load when alpha = 0), {@code rho} (T = 0 critical load against rho) or {@code alpha} (phase
     * diagram T_R, T_M, T_SG searched below tMax = T).
     */
    public static tech.tablesaw.api.Table sweep(String model, String over, int P, double alpha, double T, Double r, Integer M,
                                                 Double rho, String noise, double... values) {
        Learning.Builder b = builder(model, P, r, M, rho, noise);
        switch (over.trim().toLowerCase(Locale.ROOT)) {
            case "t":
                return alpha == 0 ? b.lowLoad().sweepTemperature(values) : b.highLoad().alpha(alpha).sweepTemperature(values);
            case "rho":
                return b.highLoad().capacityVsRho(values);
            case "alpha":
                return b.highLoad().phaseDiagram(Check.positive("T", T), values);
            default:
                throw new Check.InvalidParameterException("over", over, "one of T, rho, alpha");
        }
    }

    private static Map<String, Object> header(LearningRule model, int P, ExampleSet d, Noise noise) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", model.label());
        out.put("P", P);
        out.put("r", num(d.r()));
        out.put("M", d.hasExamples() ? d.M() : null);
        out.put("rho", num(d.rho()));
        out.put("R", num(d.R()));
        out.put("given", d.given().name().toLowerCase(Locale.ROOT));
        out.put("noise", noise.name().toLowerCase(Locale.ROOT));
        return out;
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
