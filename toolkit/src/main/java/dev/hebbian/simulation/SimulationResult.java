package dev.hebbian.simulation;

import java.util.List;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The measurements of a {@link Simulation}: per disorder sample, the time averages over the
 * measurement sweeps (and over replicas) of the Mattis overlaps m_mu with the first archetypes, the
 * overlap with the first example, the energy per spin H/N and the two-replica overlap q; and their
 * mean and standard error over samples. With a single sample the standard error is from 10 batch
 * means of the time series (a rough estimate: sweeps are correlated). Immutable.
 */
public final class SimulationResult {
    /**
     * Time series of one disorder sample (replica-averaged): m[mu][t] the Mattis overlaps, mSorted[k][t]
     * the k-th largest |m_mu| in the state of sweep t.
     */
    public record SampleResult(int N, int K, int P, double[][] m, double[] energy, double[] q, double[] mExample,
                               double[][] mSorted) implements java.io.Serializable {
        double mean(double[] x) {
            double s = 0;
            for (double v : x) s += v;
            return s / x.length;
        }

        /** Standard error from (up to) 10 batch means. */
        double batchStdErr(double[] x) {
            int nb = Math.min(10, x.length);
            if (nb < 2) return Double.NaN;
            int len = x.length / nb;
            double[] b = new double[nb];
            for (int k = 0; k < nb; k++) {
                double s = 0;
                for (int t = k * len; t < (k + 1) * len; t++) s += x[t];
                b[k] = s / len;
            }
            return stdErr(b);
        }
    }

    private final List<SampleResult> samples;
    private final double T;
    private final long seed;
    private final int equilibration;
    private final int measurement;
    private final Updates updates;
    private final Init init;

    SimulationResult(List<SampleResult> samples, double T, long seed, int equilibration, int measurement,
                     Updates updates, Init init) {
        this.samples = List.copyOf(samples);
        this.T = T;
        this.seed = seed;
        this.equilibration = equilibration;
        this.measurement = measurement;
        this.updates = updates;
        this.init = init;
    }

    public int N() {
        return samples.get(0).N();
    }

    /** Number of patterns actually stored in the network (K M for unsupervised learning). */
    public int K() {
        return samples.get(0).K();
    }

    public int P() {
        return samples.get(0).P();
    }

    public double temperature() {
        return T;
    }

    public long seed() {
        return seed;
    }

    public int samples() {
        return samples.size();
    }

    public int equilibrationSweeps() {
        return equilibration;
    }

    public int measurementSweeps() {
        return measurement;
    }

    public Updates updates() {
        return updates;
    }

    public Init init() {
        return init;
    }

    /** Number of archetypes whose overlaps were measured. */
    public int archetypesMeasured() {
        return samples.get(0).m().length;
    }

    /** Time-averaged m_mu of sample s. */
    public double m(int s, int mu) {
        SampleResult r = samples.get(s);
        return r.mean(r.m()[mu]);
    }

    /** Mean over samples of the time-averaged Mattis overlap with archetype mu. */
    public double m(int mu) {
        return meanOver(s -> m(s, mu));
    }

    /** Standard error of {@link #m(int)}. */
    public double mStdErr(int mu) {
        if (samples.size() == 1) return samples.get(0).batchStdErr(samples.get(0).m()[mu]);
        return stdErrOver(s -> m(s, mu));
    }

    /** Mean overlaps with every measured archetype. */
    public double[] mAll() {
        double[] m = new double[archetypesMeasured()];
        for (int mu = 0; mu < m.length; mu++) m[mu] = m(mu);
        return m;
    }

    /** Mean over samples of |time-averaged m_mu| (docs/monte-carlo.md#eq-mc-4: the sign of a partial retrieval is arbitrary). */
    public double[] mAbsAll() {
        double[] m = new double[archetypesMeasured()];
        for (int mu = 0; mu < m.length; mu++) {
            final int k = mu;
            m[mu] = meanOver(s -> Math.abs(m(s, k)));
        }
        return m;
    }

    /**
     * Hierarchy of overlaps (docs/monte-carlo.md#eq-mc-4): at every measured sweep the |m_mu| sorted in
     * decreasing order, time-averaged per sample, then the mean over samples of the k-th largest. Entry
     * 0 is the largest. Sorting each state removes the permutation and sign symmetry of the archetypes;
     * where the theory has equal overlaps it splits them by O(N^-1/2) (top up, bottom down).
     */
    public double[] mSorted() {
        double[] m = new double[archetypesMeasured()];
        for (int k = 0; k < m.length; k++) {
            final int j = k;
            m[k] = meanOver(s -> samples.get(s).mean(samples.get(s).mSorted()[j]));
        }
        return m;
    }

    /** Standard error of each entry of {@link #mSorted()} (one sample: from batch means of its time series). */
    public double[] mSortedStdErr() {
        double[] err = new double[archetypesMeasured()];
        for (int k = 0; k < err.length; k++) {
            final int j = k;
            err[k] = samples.size() == 1 ? samples.get(0).batchStdErr(samples.get(0).mSorted()[j])
                    : stdErrOver(s -> samples.get(s).mean(samples.get(s).mSorted()[j]));
        }
        return err;
    }

    /** Mean over samples of the time-averaged mean of |m_mu| over the measured archetypes (invariant under their permutations). */
    public double mMeanAbs() {
        return meanOver(this::meanAbs);
    }

    /** Standard error of {@link #mMeanAbs()} (NaN with one sample). */
    public double mMeanAbsStdErr() {
        return stdErrOver(this::meanAbs);
    }

    private double meanAbs(int s) {
        SampleResult r = samples.get(s);
        double sum = 0;
        for (double[] row : r.mSorted()) sum += r.mean(row);
        return sum / r.mSorted().length;
    }

    public double[] mStdErrAll() {
        double[] m = new double[archetypesMeasured()];
        for (int mu = 0; mu < m.length; mu++) m[mu] = mStdErr(mu);
        return m;
    }

    /** Mean energy per spin H/N. */
    public double energy() {
        return meanOver(s -> samples.get(s).mean(samples.get(s).energy()));
    }

    public double energyStdErr() {
        if (samples.size() == 1) return samples.get(0).batchStdErr(samples.get(0).energy());
        return stdErrOver(s -> samples.get(s).mean(samples.get(s).energy()));
    }

    /** Mean two-replica overlap q (NaN with one replica). */
    public double q() {
        if (samples.get(0).q() == null) return Double.NaN;
        return meanOver(s -> samples.get(s).mean(samples.get(s).q()));
    }

    public double qStdErr() {
        if (samples.get(0).q() == null) return Double.NaN;
        if (samples.size() == 1) return samples.get(0).batchStdErr(samples.get(0).q());
        return stdErrOver(s -> samples.get(s).mean(samples.get(s).q()));
    }

    /** Mean overlap with the first example of the first class (NaN without examples). */
    public double mExample() {
        if (samples.get(0).mExample() == null) return Double.NaN;
        return meanOver(s -> samples.get(s).mean(samples.get(s).mExample()));
    }

    /** One row per disorder sample: sample, m1..mk, mExample, energy, q. */
    public Table table() {
        Table t = Table.create("simulation");
        int n = samples.size();
        IntColumn idx = IntColumn.create("sample");
        for (int s = 0; s < n; s++) idx.append(s);
        t.addColumns(idx);
        for (int mu = 0; mu < archetypesMeasured(); mu++) {
            DoubleColumn c = DoubleColumn.create("m" + (mu + 1));
            for (int s = 0; s < n; s++) c.append(m(s, mu));
            t.addColumns(c);
        }
        DoubleColumn ex = DoubleColumn.create("mExample");
        DoubleColumn e = DoubleColumn.create("energy");
        DoubleColumn q = DoubleColumn.create("q");
        for (int s = 0; s < n; s++) {
            SampleResult r = samples.get(s);
            ex.append(r.mExample() == null ? Double.NaN : r.mean(r.mExample()));
            e.append(r.mean(r.energy()));
            q.append(r.q() == null ? Double.NaN : r.mean(r.q()));
        }
        t.addColumns(ex, e, q);
        return t;
    }

    /** The time series of sample s: one row per measurement sweep (t, m1..mk, energy, q). */
    public Table series(int s) {
        SampleResult r = samples.get(s);
        Table t = Table.create("series " + s);
        IntColumn sweep = IntColumn.create("sweep");
        for (int k = 0; k < r.energy().length; k++) sweep.append(equilibration + k + 1);
        t.addColumns(sweep);
        for (int mu = 0; mu < r.m().length; mu++) t.addColumns(DoubleColumn.create("m" + (mu + 1), r.m()[mu]));
        t.addColumns(DoubleColumn.create("energy", r.energy()));
        if (r.q() != null) t.addColumns(DoubleColumn.create("q", r.q()));
        return t;
    }

    private interface PerSample {
        double value(int s);
    }

    private double meanOver(PerSample f) {
        double s = 0;
        for (int k = 0; k < samples.size(); k++) s += f.value(k);
        return s / samples.size();
    }

    private double stdErrOver(PerSample f) {
        double[] x = new double[samples.size()];
        for (int k = 0; k < x.length; k++) x[k] = f.value(k);
        return stdErr(x);
    }

    static double stdErr(double[] x) {
        int n = x.length;
        if (n < 2) return Double.NaN;
        double mean = 0;
        for (double v : x) mean += v;
        mean /= n;
        double ss = 0;
        for (double v : x) ss += (v - mean) * (v - mean);
        return Math.sqrt(ss / (n - 1) / n);
    }
}
