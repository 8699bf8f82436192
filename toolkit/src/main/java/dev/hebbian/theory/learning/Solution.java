package dev.hebbian.theory.learning;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All RS solutions found at one parameter point, in the toolkit's canonical convention
 * (/work/shared/papers/CONVENTIONS.md: beta is the spec's beta', alpha = alpha_s P!/2). The
 * equilibrium state is the one of largest pressure (smallest free energy at T = 0), spec 4.6.
 */
public record Solution(Model model, boolean highLoad, int P, double beta, double alpha, Dataset data, Noise noise,
                       List<State> states) {
    public Solution {
        states = List.copyOf(states);
    }

    /** The temperature T = 1 / beta (0 when beta is infinite). */
    public double temperature() {
        return 1 / beta;
    }

    /** The state of the given phase, if that solution exists here. */
    public Optional<State> state(Phase phase) {
        return states.stream().filter(s -> s.phase() == phase).findFirst();
    }

    /** The retrieval (archetype-learning) state, if it exists (it may be metastable). */
    public Optional<State> retrieval() {
        return state(Phase.RETRIEVAL);
    }

    /** The thermodynamically selected state. */
    public State equilibrium() {
        return states.stream().min(Comparator.comparingDouble(State::freeEnergy)).orElseThrow();
    }

    /** The Mattis magnetisation of the retrieval state, or 0 if it does not exist. */
    public double retrievalM() {
        return retrieval().map(State::m).orElse(0.0);
    }

    /** Whether every reported state converged. */
    public boolean converged() {
        return states.stream().allMatch(State::converged);
    }
}
