package dev.hebbian.simulation.exponential;

/**
 * Heat-bath Monte Carlo of the binary exponential memory at one (N, alpha, beta, rho): the overlap m of the
 * chains with the pattern they started from (time average over the second half of the sweeps, then mean
 * over chains and pattern sets, with its standard error over sets), the fraction of chains with m above
 * tanh(beta)/2, and the retrieval-state prediction mRetrieval = tanh(beta) (docs/exponential-memory.md#eq-exp-9).
 */
public record MonteCarloResult(int n, int k, double alpha, double alphaEffective, double beta, double rho, int sweeps,
        int chains, int samples, long seed, double m, double mStdErr, double retrieved, double retrievedStdErr,
        double mRetrieval) {}
