/**
 * Monte Carlo of dense (P-spin) Hebbian networks in the finite-N model of docs/conventions.md: energy over
 * distinct index tuples, -beta H = (beta N / 2) sum_mu tilde m_mu^P, computed from the pattern
 * overlaps with Newton's identities, so a spin update costs O(K); canonical load
 * K = round(2 alpha N^(P-1) / P!) ({@link dev.hebbian.simulation.CanonicalLoad}).
 *
 * <pre>{@code
 * int N = 80, K = CanonicalLoad.patterns(4, 0.25, N);                 // 10667 patterns
 * SimulationResult r = Simulation.of(Ensemble.storage(4, N, K))
 *         .temperature(0.2).sweeps(100, 200).samples(6).replicas(2).seed(7).run();
 * r.m(0); r.mStdErr(0); r.q(); r.energy(); r.table();                  // Tablesaw table per sample
 *
 * Simulation.of(Ensemble.supervised(4, 3000, 2, 10, 0.6, 0.0)).beta(5.0 / 3).sweeps(30, 30)
 *         .samples(6).run().m(0);                                      // ~0.900 (docs/learning.md#reference-values)
 * }</pre>
 *
 * <p>Building blocks: {@link dev.hebbian.simulation.Couplings} (patterns from data: storage,
 * supervised class averages, unsupervised examples, diluted archetypes; distinct or all tuples),
 * {@link dev.hebbian.simulation.Chain} (one replica: heat-bath, zero-temperature, synchronous and
 * Plefka sweeps; exact local fields), {@link dev.hebbian.simulation.Simulation} (seeded, parallel,
 * thread-count independent runs over disorder samples).
 */
package dev.hebbian.simulation;
