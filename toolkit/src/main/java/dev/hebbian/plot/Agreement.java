package dev.hebbian.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The ledger of a notebook: every Monte Carlo point next to its theory value, with the difference
 * Δm = m_MC − m_theory and z = Δm / stderr. The standard error is floored at {@link #ERR_FLOOR}
 * (finite-N corrections of order 1/N are not statistical noise); a point without an error estimate
 * (a single chain: stderr NaN) has z = NaN.
 */
public final class Agreement {
    /** Floor of the standard error in z. */
    public static final double ERR_FLOOR = 1e-3;

    /** One point: figure, what the point is, MC estimate and its standard error, theory value. */
    public record Row(String figure, String point, double mc, double stderr, double theory) {
        public double diff() {
            return mc - theory;
        }

        public double z() {
            return Double.isNaN(stderr) ? Double.NaN : diff() / Math.max(stderr, ERR_FLOOR);
        }
    }

    private final String title;
    private final List<Row> rows = new ArrayList<>();

    public Agreement(String title) {
        this.title = title;
    }

    /** Record one point. */
    public synchronized void add(String figure, String point, double mc, double stderr, double theory) {
        rows.add(new Row(figure, point, mc, stderr, theory));
    }

    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The ledger as a table: figure, point, m_MC, stderr, m_theory, delta_m, z. */
    public synchronized Table table() {
        return Table.create(title,
                StringColumn.create("figure", rows.stream().map(Row::figure).toArray(String[]::new)),
                StringColumn.create("point", rows.stream().map(Row::point).toArray(String[]::new)),
                DoubleColumn.create("m_MC", rows.stream().mapToDouble(Row::mc).toArray()),
                DoubleColumn.create("stderr", rows.stream().mapToDouble(Row::stderr).toArray()),
                DoubleColumn.create("m_theory", rows.stream().mapToDouble(Row::theory).toArray()),
                DoubleColumn.create("delta_m", rows.stream().mapToDouble(Row::diff).toArray()),
                DoubleColumn.create("z", rows.stream().mapToDouble(Row::z).toArray()));
    }

    /** One line per figure: points, max and median |Δm|, how many with |z| < 2 and |z| > 3. */
    public synchronized String summary() {
        Map<String, List<Row>> by = rows.stream().collect(Collectors.groupingBy(Row::figure, LinkedHashMap::new, Collectors.toList()));
        return by.entrySet().stream().map(en -> {
            double[] d = en.getValue().stream().mapToDouble(r -> Math.abs(r.diff())).sorted().toArray();
            return String.format("%-18s %3d points: max |Δm| = %.4f, median |Δm| = %.4f, |z| < 2 for %d, |z| > 3 for %d",
                    en.getKey(), d.length, d.length == 0 ? 0 : d[d.length - 1], d.length == 0 ? 0 : d[d.length / 2],
                    en.getValue().stream().filter(r -> Math.abs(r.z()) < 2).count(),
                    en.getValue().stream().filter(r -> Math.abs(r.z()) > 3).count());
        }).collect(Collectors.joining("\n"));
    }
}
