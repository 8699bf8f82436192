package dev.hebbian.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.hebbian.Check;
import dev.hebbian.DenseHebbian;
import dev.hebbian.theory.Ansatz;
import dev.hebbian.theory.Capacity;
import dev.hebbian.theory.PointSolver;
import dev.hebbian.theory.Transitions;
import dev.hebbian.theory.spinglass.SpinGlassProblem;
import dev.hebbian.theory.storage.StorageProblem;

/**
 * The models that {@code solve}, {@code capacity} and {@code sweep} know, by name. To plug in another
 * model, {@link #register} a {@link Model} (one line per model in the static block).
 */
public final class ReplicaModels {
    private ReplicaModels() {}

    /** A model as the CLI sees it. Implementations validate their own parameters (via Check). */
    public interface Model {
        /** The solver at (P, alpha, T, ansatz); T = 0 selects the zero-temperature equations. */
        PointSolver solver(int p, double alpha, double t, Ansatz ansatz);

        /** Transition lines at (P, alpha, ansatz), searched in T in [tMin, tMax]. */
        Transitions transitions(int p, double alpha, Ansatz ansatz, double tMin, double tMax);

        /** T = 0 maximal capacity; models without a retrieval branch throw. */
        Capacity capacity(int p, Ansatz ansatz);
    }

    private static final Map<String, Model> MODELS = new LinkedHashMap<>();

    static {
        register("storage", new Model() {
            public PointSolver solver(int p, double alpha, double t, Ansatz a) {
                return storage(p, alpha, a).temperature(t).solver();
            }

            public Transitions transitions(int p, double alpha, Ansatz a, double tMin, double tMax) {
                return storage(p, alpha, a).transitions(tMin, tMax);
            }

            public Capacity capacity(int p, Ansatz a) {
                return storage(p, 0.1, a).capacity();
            }
        });
        register("sk", new Model() {
            public PointSolver solver(int p, double alpha, double t, Ansatz a) {
                return DenseHebbian.sk().ansatz(a).temperature(t).solver();
            }

            public Transitions transitions(int p, double alpha, Ansatz a, double tMin, double tMax) {
                return DenseHebbian.sk().ansatz(a).transitions(tMin, tMax);
            }

            public Capacity capacity(int p, Ansatz a) {
                throw new Check.InvalidParameterException("model", "sk", "storage (sk has no retrieval capacity)");
            }
        });
        register("pspin", new Model() {
            public PointSolver solver(int p, double alpha, double t, Ansatz a) {
                return pSpin(p).ansatz(a).temperature(t).solver();
            }

            public Transitions transitions(int p, double alpha, Ansatz a, double tMin, double tMax) {
                return pSpin(p).ansatz(a).transitions(tMin, tMax);
            }

            public Capacity capacity(int p, Ansatz a) {
                throw new Check.InvalidParameterException("model", "pspin", "storage (pspin has no retrieval capacity)");
            }
        });
    }

    private static StorageProblem storage(int p, double alpha, Ansatz a) {
        return DenseHebbian.storage().p(p).alpha(alpha).ansatz(a);
    }

    private static SpinGlassProblem pSpin(int p) {
        Check.atLeast("P", p, 2);
        return DenseHebbian.pSpin(p);
    }

    /** Register a model under a name (replaces an existing one). */
    public static synchronized void register(String name, Model model) {
        MODELS.put(name, model);
    }

    /** The model of that name, or a one-line error listing the valid names. */
    public static synchronized Model get(String name) {
        Model m = MODELS.get(name);
        if (m == null) throw new Check.InvalidParameterException("model", name, "one of " + String.join(", ", MODELS.keySet()));
        return m;
    }
}
