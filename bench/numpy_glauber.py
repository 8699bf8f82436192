"""NumPy side of bench/glauber.sh: batched parallel (synchronous) Glauber sweeps of the dense
Hebbian network, written the way the authors' teaching code does it (overlaps m = xi sigma / N,
fields h = (P/2) xi^T m^(P-1), sigma = sign(tanh(beta h) + U)), vectorised over B replicas.
Prints "NUMPY key rate" with rate = pattern-updates per second (N K B per sweep)."""
import sys
import time

import numpy as np


def bench(P, N, K, B, beta, seconds, rng):
    xi = rng.choice(np.array([-1.0, 1.0]), size=(K, N))
    sigma = np.repeat(xi[0][:, None], B, axis=1)  # retrieval start, N x B

    def sweep(sigma):
        m = xi @ sigma / N  # K x B
        h = 0.5 * P * (xi.T @ m ** (P - 1))  # N x B
        u = rng.uniform(-1.0, 1.0, size=h.shape)
        return np.sign(np.tanh(beta * h) + u)

    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 0.3:
        sigma = sweep(sigma)
    sweeps = 0
    t0 = time.perf_counter()
    while (t := time.perf_counter()) - t0 < seconds:
        sigma = sweep(sigma)
        sweeps += 1
    return sweeps * N * K * B / (t - t0)


def bench_sequential(P, N, K, beta, seconds, rng):
    """The same sweep as the Java engine: random-order single-spin heat bath with the exact
    distinct-tuple field from the overlaps (Newton identities for +-1 patterns), vectorised over K."""
    xi = rng.choice(np.array([-1.0, 1.0]), size=(K, N))
    xit = np.ascontiguousarray(xi.T)  # N x K: the K entries of one spin are contiguous
    sigma = xi[0].copy()
    p1 = xi @ sigma
    f = 1
    for i in range(2, P + 1):
        f *= i
    pref = f / (2.0 * N ** (P - 1))
    cst = 3.0 * (N - 1) - 2

    def sweep():
        nonlocal p1
        for i in rng.permutation(N):
            u = xit[i]
            s = p1 - u * sigma[i]
            if P == 2:
                h = pref * np.dot(u, s)
            else:
                h = pref * np.dot(u, s * (s * s - cst)) / 6
            new = 1.0 if rng.random() < 1.0 / (1.0 + np.exp(-2.0 * beta * h)) else -1.0
            if new != sigma[i]:
                sigma[i] = new
                p1 += 2.0 * new * u

    t0 = time.perf_counter()
    sweeps = 0
    while (t := time.perf_counter()) - t0 < seconds or sweeps == 0:
        sweep()
        sweeps += 1
    return sweeps * N * K / (t - t0)


def canonical_k(P, alpha, N):
    f = 1
    for i in range(2, P + 1):
        f *= i
    return max(1, round(2 * alpha * N ** (P - 1) / f))


if __name__ == "__main__":
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 1.5
    rng = np.random.default_rng(1)
    for P, N, K in [(2, 2000, 100), (2, 20000, 1000), (4, 60, 0), (4, 100, 0)]:
        K = K or canonical_k(P, 0.1, N)
        for B in (1, 32):
            r = bench(P, N, K, B, 10.0, seconds, rng)
            print(f"NUMPY P{P}_N{N}_K{K}_B{B} {r}")
        print(f"NUMPY P{P}_N{N}_K{K}_seq {bench_sequential(P, N, K, 10.0, seconds, rng)}")
