#!/usr/bin/python3
"""Straightforward NumPy/SciPy implementation of the RS and 1RSB equations of the dense Hebbian
network (spec rsb-dense-networks.md sections 4, 5, 12), used as the reference side of
bench/replica-bench.sh. Same equations, same Gauss-Hermite orders, same tolerances and the same
line-search strategy (scan + bisection) as the Java engine; damped iteration followed by
scipy.optimize.root (hybr) for the fixed points, Brent (scipy.optimize.brentq) for theta.

Usage: replica_numpy.py rs-grid N | rsb-point
Prints one line: "<task> seconds=<wall time> checksum=<sum of results>".
"""
import sys
import time

import numpy as np
from numpy.polynomial.hermite_e import hermegauss
from scipy.optimize import brentq, root

P = 4
TOL = 1e-12


def rule(n):
    z, w = hermegauss(n)
    return z, w / np.sqrt(2 * np.pi)


Z, W = rule(128)


def logcosh(x):
    a = np.abs(x)
    return a + np.log1p(np.exp(-2 * a)) - np.log(2)


def rs_map(beta, alpha, m, q):
    s = np.sqrt(max(alpha / 2 * P * q ** (P - 1), 0.0))
    t = np.tanh(beta * (P / 2 * m ** (P - 1) + s * Z))
    return W @ t, W @ (t * t)


def rs_pressure(beta, alpha, m, q):
    s = np.sqrt(max(alpha / 2 * P * q ** (P - 1), 0.0))
    e = W @ logcosh(beta * (P / 2 * m ** (P - 1) + s * Z))
    return np.log(2) + e - beta * (P - 1) / 2 * m ** P + alpha * beta ** 2 / 4 * (1 - P * q ** (P - 1) + (P - 1) * q ** P)


def rs_solve(beta, alpha, m0, q0, retr, max_it=3000):
    m, q = m0, q0
    for it in range(max_it):
        fm, fq = rs_map(beta, alpha, m, q)
        res = max(abs(fq - q), abs(fm - m) if retr else 0.0)
        if res <= TOL:
            return m, q, True
        if res < 1e-3:
            # polish with a root finder (Newton-like)
            if retr:
                sol = root(lambda x: np.array(rs_map(beta, alpha, x[0], x[1])) - x, [m, q], method="hybr", tol=1e-14)
                x = np.clip(sol.x, 0, 1)
                fm, fq = rs_map(beta, alpha, x[0], x[1])
                if max(abs(fm - x[0]), abs(fq - x[1])) <= TOL:
                    return x[0], x[1], True
            else:
                sol = root(lambda x: np.array([rs_map(beta, alpha, 0.0, x[0])[1] - x[0]]), [q], method="hybr", tol=1e-14)
                x = float(np.clip(sol.x[0], 0, 1))
                if abs(rs_map(beta, alpha, 0.0, x)[1] - x) <= TOL:
                    return 0.0, x, True
        if retr:
            m = min(1.0, max(0.0, m + 0.7 * (fm - m)))
        q = min(1.0, max(0.0, q + 0.7 * (fq - q)))
    return m, q, False


def branches(alpha, t):
    beta = 1 / t
    mr, qr, cr = rs_solve(beta, alpha, 1.0, 1.0, True)
    ms, qs, cs = rs_solve(beta, alpha, 0.0, 1.0, False)
    a_para = rs_pressure(beta, alpha, 0.0, 0.0)
    a_sg = rs_pressure(beta, alpha, 0.0, qs) if qs > 1e-6 else np.inf
    a_retr = rs_pressure(beta, alpha, mr, qr)
    return (mr, qr, cr, a_retr), (qs, cs, a_sg), a_para


def phase(alpha, t):
    (mr, qr, cr, a_retr), (qs, cs, a_sg), a_para = branches(alpha, t)
    a0 = a_sg if (qs > 1e-6 and a_sg <= a_para) else a_para
    return a_retr if (mr > 1e-6 and a_retr >= a_0_guard(a0)) else a0


def a_0_guard(a0):
    return a0


def sech4_at(beta, alpha, m, q):
    s = np.sqrt(max(alpha / 2 * P * q ** (P - 1), 0.0))
    c = 1 - np.tanh(beta * (P / 2 * m ** (P - 1) + s * Z)) ** 2
    return beta ** 2 * alpha / 2 * P * (P - 1) * q ** (P - 2) * (W @ (c * c))


def highest(pred, t_min, t_max, tol=1e-7, scan=16):
    if pred(t_max):
        return t_max
    step = (t_max - t_min) / scan
    lo, hi = None, t_max
    for k in range(1, scan + 1):
        t = t_min if k == scan else t_max - k * step
        if pred(t):
            lo = t
            break
        hi = t
    if lo is None:
        return np.nan
    while hi - lo > tol:
        mid = 0.5 * (lo + hi)
        if pred(mid):
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def lines(alpha, t_min, t_max):
    def retr_exists(t):
        m, q, c = rs_solve(1 / t, alpha, 1.0, 1.0, True)
        return m > 1e-6 and c

    def retr_wins(t):
        (mr, qr, cr, a_retr), (qs, cs, a_sg), a_para = branches(alpha, t)
        a0 = a_sg if (qs > 1e-6 and a_sg <= a_para) else a_para
        return mr > 1e-6 and a_retr >= a0

    def sg_wins(t):
        beta = 1 / t
        m, qs, c = rs_solve(beta, alpha, 0.0, 1.0, False)
        return qs > 1e-6 and rs_pressure(beta, alpha, 0.0, qs) <= rs_pressure(beta, alpha, 0.0, 0.0)

    def at_unstable(t):
        m, q, c = rs_solve(1 / t, alpha, 1.0, 1.0, True)
        return m > 1e-6 and c and sech4_at(1 / t, alpha, m, q) > 1

    return [highest(f, t_min, t_max) for f in (retr_exists, retr_wins, sg_wins, at_unstable)]


def rs_grid(n):
    alphas = np.linspace(0, 0.4, n)
    temps = np.linspace(0.02, 1.0, n)
    total = 0.0
    for a in alphas:
        for t in temps:
            total += phase(a, t)
    for a in alphas:
        total += np.nansum(lines(a, min(1e-2, 1.0 / 100), max(2 * 1.0, 1.5)))
    return total


# ---------------------------------------------------------------- 1RSB, one point (finite T)
Z1, W1 = rule(64)
Z2, W2 = rule(48)
LW2 = np.log(W2)


def rsb_eval(beta, alpha, m, q1, q2, theta):
    c = alpha / 2
    h = P / 2 * m ** (P - 1)
    s1 = np.sqrt(max(c * P * q1 ** (P - 1), 0.0))
    s2 = np.sqrt(max(c * P * (q2 ** (P - 1) - q1 ** (P - 1)), 0.0))
    x = beta * (h + s1 * Z1[:, None] + s2 * Z2[None, :])
    lc = logcosh(x)
    t = np.tanh(x)
    lw = LW2[None, :] + theta * lc
    mx = lw.max(axis=1, keepdims=True)
    e = np.exp(lw - mx)
    zk = e.sum(axis=1)
    at = (e * t).sum(axis=1) / zk
    at2 = (e * t * t).sum(axis=1) / zk
    alc = (e * lc).sum(axis=1) / zk
    lk = mx[:, 0] + np.log(zk)
    sum_l = W1 @ lk
    bracket = c * (P - 1) * (q2 ** P - q1 ** P)
    a = (np.log(2) + sum_l / theta + beta ** 2 / 2 * c * (1 - q2 ** P - (1 - q2) * P * q2 ** (P - 1))
         - theta * beta ** 2 / 2 * bracket - beta * (P - 1) / 2 * m ** P)
    d_theta = -sum_l / theta ** 2 + (W1 @ alc) / theta - beta ** 2 / 2 * bracket
    return a, W1 @ at, W1 @ (at * at), W1 @ at2, d_theta


def rsb_fixed(beta, alpha, theta, x0):
    x = np.array(x0, dtype=float)
    for it in range(3000):
        _, em, eq1, eq2, _ = rsb_eval(beta, alpha, 0.0, x[0], x[1], theta)
        f = np.array([eq1, eq2])
        if np.max(np.abs(f - x)) <= TOL:
            return x
        if it >= 25:
            sol = root(lambda y: np.array(rsb_eval(beta, alpha, 0.0, y[0], y[1], theta)[2:4]) - y, x, method="hybr", tol=1e-14)
            y = np.clip(sol.x, 0, 1)
            if np.max(np.abs(np.array(rsb_eval(beta, alpha, 0.0, y[0], y[1], theta)[2:4]) - y)) <= TOL:
                return y
        x = np.clip(0.5 * x + 0.5 * f, 0, 1)
    return None


def rsb_point(alpha=0.2, t=0.2):
    beta = 1 / t
    best = None
    for seed in ([0.0, 1.0], [0.5, 1.0]):
        warm = seed
        scan = []
        for th in [1.0, 0.9, 0.75, 0.6, 0.45, 0.33, 0.22, 0.14, 0.08, 0.04, 0.02]:
            x = rsb_fixed(beta, alpha, th, warm)
            if x is None:
                continue
            warm = x
            a, _, _, _, d = rsb_eval(beta, alpha, 0.0, x[0], x[1], th)
            scan.append((th, x, a, d))
        for (th_hi, x_hi, a_hi, d_hi), (th_lo, x_lo, a_lo, d_lo) in zip(scan, scan[1:]):
            if d_lo < 0 < d_hi and x_hi[1] - x_hi[0] > 1e-7:
                state = {"x": x_lo}

                def f(th):
                    state["x"] = rsb_fixed(beta, alpha, th, state["x"])
                    return rsb_eval(beta, alpha, 0.0, state["x"][0], state["x"][1], th)[4]

                th = brentq(f, th_lo, th_hi, xtol=1e-13)
                x = rsb_fixed(beta, alpha, th, state["x"])
                a = rsb_eval(beta, alpha, 0.0, x[0], x[1], th)[0]
                if best is None or a < best[0]:
                    best = (a, x[0], x[1], th)
    return best


if __name__ == "__main__":
    task = sys.argv[1]
    t0 = time.perf_counter()
    if task == "rs-grid":
        n = int(sys.argv[2])
        out = rs_grid(n)
    else:
        reps = int(sys.argv[2]) if len(sys.argv) > 2 else 3
        fastest = float("inf")  # the fastest of the repetitions (robust to a busy machine)
        for _ in range(reps):
            t1 = time.perf_counter()
            best = rsb_point()
            fastest = min(fastest, time.perf_counter() - t1)
        out = best[0]
        print("1RSB point: A=%.12f q1=%.3e q2=%.10f theta=%.10f" % best, file=sys.stderr)
    dt = time.perf_counter() - t0 if task == "rs-grid" else fastest
    print("%s seconds=%.4f checksum=%.10g" % (task, dt, out))
