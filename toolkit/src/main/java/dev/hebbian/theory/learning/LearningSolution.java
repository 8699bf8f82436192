package dev.hebbian.theory.learning;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All RS solutions found at one parameter point, in the toolkit's canonical convention
 * (docs/conventions.md: beta is the paper's beta', alpha = alpha_s P!/2).
 *
 * <p>The equilibrium state (docs/learning.md#eq-learning-17, with one correction): among the y = 0 states the physical one is
 * the spin glass when its RS pressure is below the ergodic one (in the replica q direction the saddle
 * is a minimum of the pressure), else the ergodic state; the equilibrium is then the state of largest
 * pressure (smallest free energy) among it and the y > 0 states (retrieval, unsupervised example states).
 */
public record LearningSolution(LearningRule model, boolean highLoad, int P, double beta, double alpha, ExampleSet data, Noise noise,
                       List<LearningState> states) {
    public LearningSolution {
        states = List.copyOf(states);
    }

    /** The temperature T = 1 / beta (0 when beta is infinite). */
    public double temperature() {
        return 1 / beta;
    }

    /** The state of the given phase, if that solution exists here. */
    public Optional<LearningState> state(Phase phase) {
        return states.stream().filter(s -> s.phase() == phase).findFirst();
    }

    /** The retrieval (archetype-learning) state, if it exists (it may be metastable). */
    public Optional<LearningState> retrieval() {
        return state(Phase.RETRIEVAL);
    }

    /** The thermodynamically selected state. */
    public LearningState equilibrium() {
        Optional<LearningState> sg = state(Phase.SPIN_GLASS), e = state(Phase.ERGODIC);
        Optional<LearningState> glassy = sg.isEmpty() ? e : e.isEmpty() ? sg
                : Optional.of(sg.get().freeEnergy() >= e.get().freeEnergy() ? sg.get() : e.get());
        java.util.List<LearningState> candidates = new java.util.ArrayList<>();
        glassy.ifPresent(candidates::add);
        states.stream().filter(s -> s.phase() == Phase.RETRIEVAL || s.phase() == Phase.EXAMPLE).forEach(candidates::add);
        return candidates.stream().min(Comparator.comparingDouble(LearningState::freeEnergy)).orElseThrow();
    }

    /** The Mattis magnetisation of the retrieval state, or 0 if it does not exist. */
    public double retrievalM() {
        return retrieval().map(LearningState::m).orElse(0.0);
    }

    /** Whether every reported state converged. */
    public boolean converged() {
        return states.stream().allMatch(LearningState::converged);
    }
}
