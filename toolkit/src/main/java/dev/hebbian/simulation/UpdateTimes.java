package dev.hebbian.simulation;

import java.util.SplittableRandom;

/**
 * What a sparse sweep knows of the spins' update times, i.i.d. uniform in (0, 1) (docs/monte-carlo.md,
 * step 7): nothing (most spins), "not updated before time a" (a flagged spin that lost to an earlier
 * one), or "already updated" (done). Cleared at the end of every sweep in O(spins touched).
 */
final class UpdateTimes {
    private static final byte SPECIAL = 1;
    private static final byte DONE = 2;
    /** phase[i] = 0 (no news of spin i), SPECIAL (known not updated before time after[i]) or DONE. */
    private final byte[] phase;
    private final double[] after;
    private final int[] touched;
    private int nTouched;

    UpdateTimes(int N) {
        phase = new byte[N];
        after = new double[N];
        touched = new int[N];
    }

    /**
     * Whether spin i has not been updated by time t: probability (1 - t) / (1 - a), a = the time it is
     * known to come after (0 without news). Asked only of spins that decided to flip (a decision says
     * nothing of the time); a spin found already updated is done: it came before t, and then (not being
     * the first flagged of its round) it kept its sign.
     */
    boolean notYet(int i, double t, SplittableRandom rng) {
        final byte ph = phase[i];
        if (ph == DONE) return false;
        final double a = ph == SPECIAL ? after[i] : 0;
        if (a >= t || rng.nextDouble() * (1 - a) < 1 - t) return true;
        if (ph == 0) touched[nTouched++] = i;
        phase[i] = DONE;
        return false;
    }

    /** Spin i flagged in a round whose earliest time was tMin: done if it is the one updated then, else known to come after tMin. */
    void flagged(int i, boolean first, double tMin) {
        if (phase[i] == 0) touched[nTouched++] = i;
        if (first) {
            phase[i] = DONE;
        } else {
            phase[i] = SPECIAL;
            after[i] = tMin;
        }
    }

    /** The spins not yet updated at time t, drawn, into list; returns their number. */
    int notUpdated(double t, SplittableRandom rng, int[] list) {
        int n = 0;
        for (int i = 0; i < phase.length; i++) {
            final byte ph = phase[i];
            if (ph == DONE) continue;
            final double a = ph == SPECIAL ? after[i] : 0;
            if (a >= t || rng.nextDouble() * (1 - a) < 1 - t) list[n++] = i;
        }
        return n;
    }

    /** Forgets everything (end of a sweep). */
    void clear() {
        for (int a = 0; a < nTouched; a++) phase[touched[a]] = 0;
        nTouched = 0;
    }
}
