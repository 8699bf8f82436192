#!/usr/bin/env python3
"""Vectorised NumPy peer of the toolkit's RS phase-diagram sweep (bench/replica-grid-bench.sh).

It iterates the RS retrieval equations of the dense Hebbian network (P = 4; docs/storage.md#eq-storage-2,
#eq-storage-3: m = E tanh(beta (P/2 m^(P-1) + s z)), q = E tanh^2(...), s^2 = alpha/2 P q^(P-1)) for ALL
grid points at once: one (points x nodes) array per iteration, 100-node Gauss-Hermite, damped fixed
point x <- x + 0.7 (F(x) - x) from the retrieval seed m = q = 1, a point leaves the active set when its
residual max(|F_m - m|, |F_q - q|) is <= 1e-10 (or after 10000 iterations).

This is less work than the toolkit's sweep does per point (one branch instead of retrieval + spin glass +
paramagnet with the physical-state selection, tolerance 1e-10 instead of 1e-12, no quadrature-error
estimate, plain Gauss-Hermite where the toolkit switches to a kink-adapted rule), so the ratio is a
conservative one.

Usage: replica_numpy_grid.py N   -> one line "rs-grid-numpy seconds=<wall> points=<N*N> converged=<k> checksum=<sum m>"
"""
import sys
import time

import numpy as np
from numpy.polynomial.hermite_e import hermegauss

P = 4
TOL = 1e-10
ETA = 0.7
MAX_IT = 10000


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    t0 = time.perf_counter()
    z, w = hermegauss(100)
    w = w / np.sqrt(2 * np.pi)
    alphas = np.linspace(0.005, 0.6, n)
    temps = np.linspace(0.01, 1.2, n)
    a, t = np.meshgrid(alphas, temps, indexing="ij")
    a, beta = a.ravel(), 1 / t.ravel()
    m = np.ones_like(a)
    q = np.ones_like(a)
    done = np.zeros(a.size, dtype=bool)
    idx = np.arange(a.size)
    for _ in range(MAX_IT):
        if idx.size == 0:
            break
        mi, qi, bi = m[idx], q[idx], beta[idx]
        s = np.sqrt(a[idx] / 2 * P * qi ** (P - 1))
        h = P / 2 * mi ** (P - 1)
        th = np.tanh(bi[:, None] * (h[:, None] + s[:, None] * z[None, :]))
        fm = th @ w
        fq = (th * th) @ w
        res = np.maximum(np.abs(fm - mi), np.abs(fq - qi))
        ok = res <= TOL
        done[idx[ok]] = True
        m[idx] = np.clip(mi + ETA * (fm - mi), 0, 1)
        q[idx] = np.clip(qi + ETA * (fq - qi), 0, 1)
        idx = idx[~ok]
    dt = time.perf_counter() - t0
    print(f"rs-grid-numpy seconds={dt:.4f} points={a.size} converged={int(done.sum())} checksum={m.sum():.10g}")


if __name__ == "__main__":
    main()
