package dev.hebbian.simulation;

import java.util.SplittableRandom;

import dev.hebbian.Check;

/**
 * One Markov chain (one replica) of a dense Hebbian network: the spins and the power sums of the
 * pattern overlaps, kept up to date so that a local field costs O(K) and never enumerates tuples
 * (docs/monte-carlo.md#eq-mc-1, docs/conventions.md#eq-conventions-2). Heat-bath (Glauber) updates in random sequential order (docs/monte-carlo.md#eq-mc-2), zero-temperature updates
 * (beta = infinity), synchronous (parallel) updates, and the Plefka (frozen overlap) field (docs/monte-carlo.md#eq-mc-3).
 * Mutable; one chain per thread.
 *
 * <p>Exact in law and fast (docs/monte-carlo.md): the parts are the state and its sums
 * ({@link ChainState}, {@link BitSlicedSums}), the fields ({@link Fields}: {@link DirectField},
 * {@link TableField}), the decisions ({@link HeatBath}, {@link Decisions}) and their quiet bounds
 * ({@link SnapshotRing}, {@link QuietGroups}), and the sweeps ({@link SequentialSweep} choosing between
 * {@link SparseSweep} and {@link ClassicSweep}, {@link SynchronousSweep}, {@link PlefkaSweep}).
 * FastFieldsTest runs every sweep against the reference mode (every field from the direct kernel,
 * nothing cached) with the same random numbers, and SamplerLawTest checks the one-sweep transition
 * probabilities against the enumeration of all orders.
 */
public final class Chain {
    private final Couplings c;
    private final int N;
    final ChainState state;
    final Fields fields;
    final SnapshotRing ring;
    final Decisions decisions;
    private final QuietGroups groups;
    final SequentialSweep sequential;
    private final SynchronousSweep synchronous;
    private final PlefkaSweep plefka;
    /** energy() in the state of version energyVersion (it only changes when a spin flips). */
    private double energy;
    private long energyVersion = -1;

    /** A chain started at {@code sigma0} (copied; entries +-1). */
    public Chain(Couplings couplings, byte[] sigma0) {
        this.c = couplings;
        this.N = couplings.N();
        couplings.checkSpins(sigma0);
        final int kind = DirectField.kindOf(couplings);
        this.state = new ChainState(couplings, sigma0, couplings.words != null && kind == DirectField.P2_TERNARY);
        final DirectField direct = new DirectField(couplings, state);
        this.fields = new Fields(couplings, state, direct);
        this.ring = new SnapshotRing(state, direct.pref);
        this.decisions = new Decisions(state, fields, ring);
        this.groups = new QuietGroups(state, decisions, ring);
        final ClassicSweep classic = new ClassicSweep(this, decisions, N);
        final SparseSweep sparse = new SparseSweep(this, decisions, groups, classic, N);
        this.sequential = new SequentialSweep(decisions, ring, classic, sparse, N);
        this.synchronous = new SynchronousSweep(this, state, groups);
        this.plefka = new PlefkaSweep(this, state, classic);
    }

    public Couplings couplings() {
        return c;
    }

    /** A copy of the current spins. */
    public byte[] spins() {
        return state.sigma.clone();
    }

    /** Spin i. */
    public int spin(int i) {
        return state.sigma[i];
    }

    /** Number of spin flips made so far. */
    public long flips() {
        return state.flips;
    }

    /** Sweeps run by the sparse sampler (the others by the classic loop), for tests and benchmarks. */
    public long sparseSweeps() {
        return sequential.sparseSweeps;
    }

    /** The energy H(sigma), from the maintained power sums (O(K P^2)). */
    public double energy() {
        if (energyVersion != state.version) {
            state.p1();
            energy = c.energyFromSums(state.odd);
            energyVersion = state.version;
        }
        return energy;
    }

    /** The overlap (1/N) sum_i t_i sigma_i with a target vector (an archetype, an example). */
    public double overlap(byte[] target) {
        if (target.length != N) throw new IllegalArgumentException("target has " + target.length + " entries, expected N = " + N);
        final byte[] sigma = state.sigma;
        long s = 0;
        for (int i = 0; i < N; i++) s += target[i] * sigma[i];
        return (double) s / N;
    }

    /** The two-replica overlap q = (1/N) sum_i sigma_i tau_i. */
    public double overlap(Chain other) {
        final byte[] sigma = state.sigma, tau = other.state.sigma;
        long s = 0;
        for (int i = 0; i < N; i++) s += sigma[i] * tau[i];
        return (double) s / N;
    }

    /** The overlap of the network's own pattern mu: (1/N) sum_i u^mu_i sigma_i. */
    public double patternOverlap(int mu) {
        return state.p1()[mu] / N;
    }

    /**
     * The local field h_i = -(H(sigma_i = +1) - H(sigma_i = -1)) / 2, exact for the chosen tuples,
     * in O(K) (Newton's identities on the power sums without spin i).
     */
    public double field(int i) {
        return fields.field(i);
    }

    /** Probability that a heat-bath update sets spin i to +1: 1 / (1 + exp(-2 beta h_i)) (docs/monte-carlo.md#eq-mc-2). */
    public double probabilityUp(int i, double beta) {
        Check.nonNegativeOrInfinite("beta", beta);
        return HeatBath.upProbability(field(i), beta);
    }

    /** Set spin i to s (+-1), updating the power sums. */
    public void set(int i, int s) {
        if (s != 1 && s != -1) throw new IllegalArgumentException("spin value " + s + " must be +1 or -1");
        if (state.sigma[i] != s) flip(i);
    }

    /** Flips spin i: its quiet bounds (valid for the old sign only) are forgotten, the sums updated. */
    void flip(int i) {
        decisions.forget(i);
        groups.forget(i);
        state.flip(i);
    }

    /** Makes beta the temperature of the cached decisions (a change forgets them all). */
    private void useBeta(double beta) {
        if (decisions.useBeta(beta)) groups.forgetAll();
    }

    /**
     * One heat-bath sweep: N single-spin updates in a fresh uniformly random order (docs/monte-carlo.md#eq-mc-2). With beta =
     * infinity (T = 0) each spin takes the sign of its field, ties broken at random. Returns the number
     * of flips. Sampled without drawing the order while nothing flips (see {@link SparseSweep}), exact
     * up to the double rounding of the update times.
     */
    public int sweep(double beta, SplittableRandom rng) {
        Check.nonNegativeOrInfinite("beta", beta);
        useBeta(beta);
        return sequential.run(rng);
    }

    /**
     * One sweep with the first-order Plefka (frozen-overlap) field (docs/monte-carlo.md#eq-mc-3): h_i = (P/2) sum_mu w_mu
     * u^mu_i m_mu^(P-1), with the overlaps m_mu frozen at their values at the start of the sweep. An
     * approximation: compare with {@link #sweep}. Returns the number of flips.
     */
    public int plefkaSweep(double beta, SplittableRandom rng) {
        Check.nonNegativeOrInfinite("beta", beta);
        return plefka.run(beta, rng);
    }

    /**
     * One synchronous (parallel) heat-bath update of all spins from the fields of the current state,
     * as in the authors' code. It does not satisfy detailed balance for P > 2: use it as a descent
     * check at T = 0. Returns the number of flips.
     */
    public int parallelSweep(double beta, SplittableRandom rng) {
        Check.nonNegativeOrInfinite("beta", beta);
        useBeta(beta);
        return synchronous.run(rng);
    }
}
