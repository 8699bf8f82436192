package dev.hebbian.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import dev.hebbian.theory.learning.Learning;
import dev.hebbian.theory.learning.Noise;
import dev.hebbian.theory.multitasking.MultitaskingPhaseDiagram;
import tech.tablesaw.api.Table;

/**
 * An interrupted learning or multitasking diagram throws {@link TableInterruptedException} whose partial()
 * is the table of the finished points (the rows of the whole table at those points, same columns), whether
 * the points ran on local threads or were shipped to a cluster; as the storage diagram keeps its solved grid.
 */
class InterruptedDiagramsTest {

    /** A backend that ships and computes only {@code points}, then reports an interruption (as SparkCluster does). */
    static Cluster finishing(int... points) {
        return new Cluster() {
            @Override
            public String master() {
                return "interrupting://" + java.util.Arrays.toString(points);
            }

            @Override
            public <R> void run(String name, int size, SerializableIntFunction<R> point, Sink<R> sink) throws InterruptedException {
                @SuppressWarnings("unchecked")
                SerializableIntFunction<R> shipped = (SerializableIntFunction<R>) SerializingCluster.object(SerializingCluster.bytes(point));
                for (int i : points) sink.done(i, shipped.apply(i));
                throw new InterruptedException("cancelled after " + points.length + " points");
            }
        };
    }

    /** The rows of {@code whole} at {@code rows}. */
    private static Table rows(Table whole, int... rows) {
        return whole.rows(rows);
    }

    private static TableInterruptedException interrupted(Cluster on, Supplier<Table> body) {
        try {
            Table t = Cluster.using(on, body);
            throw new AssertionError("not interrupted: " + t.rowCount() + " rows");
        } catch (TableInterruptedException e) {
            assertThat(Thread.interrupted()).as("the interrupt flag is set again").isTrue(); // and cleared for the next test
            assertThat(e.getCause()).isInstanceOf(Sweep.SweepInterruptedException.class);
            return e;
        }
    }

    @Test
    void theMultitaskingTablesKeepTheirFinishedRows() {
        double[] ds = {0.2, 0.5, 0.8}, ts = {0, 0.1};
        Supplier<Table> states = () -> MultitaskingPhaseDiagram.states(2, 0.2, ds, ts);
        Table whole = states.get();
        TableInterruptedException e = interrupted(finishing(4, 0, 2), states); // out of order, with gaps
        assertThat(e.done()).isEqualTo(3);
        assertThat(e.total()).isEqualTo(6);
        assertThat(e.getMessage()).contains("3 of 6 points");
        ClusterTest.assertSameTable(e.partial(), rows(whole, 0, 2, 4));
        assertThat(e.partial().doubleColumn("T").asList()).containsExactly(0.0, 0.0, 0.1);
        assertThat(e.partial().doubleColumn("d").asList()).containsExactly(0.2, 0.8, 0.5);
        assertThat(e.partial().name()).isEqualTo(whole.name());

        double[] temps = {0.1, 0.2};
        Table b = MultitaskingPhaseDiagram.boundaries(2, 0.1, temps);
        TableInterruptedException eb = interrupted(finishing(1), () -> MultitaskingPhaseDiagram.boundaries(2, 0.1, temps));
        ClusterTest.assertSameTable(eb.partial(), rows(b, 1));

        double[] rhos = {0.1, 0.3, 0.5};
        Table v = MultitaskingPhaseDiagram.parallelDilutionVersusRho(2, 0, rhos);
        TableInterruptedException ev = interrupted(finishing(), () -> MultitaskingPhaseDiagram.parallelDilutionVersusRho(2, 0, rhos));
        assertThat(ev.partial().rowCount()).isZero(); // nothing finished: the empty table, with the columns
        assertThat(ev.partial().columnNames()).isEqualTo(v.columnNames());
        TableInterruptedException ev2 = interrupted(finishing(2, 0), () -> MultitaskingPhaseDiagram.parallelDilutionVersusRho(2, 0, rhos));
        ClusterTest.assertSameTable(ev2.partial(), rows(v, 0, 2));
    }

    @Test
    void theLearningDiagramKeepsItsFinishedLoads() {
        Learning.HighLoad sup = Learning.supervised().p(4).rho(0.1).noise(Noise.CLT).highLoad();
        TableInterruptedException e = interrupted(finishing(1), () -> sup.phaseDiagram(1.2, 0.12, 0.06));
        assertThat(e.done()).isEqualTo(1);
        assertThat(e.total()).isEqualTo(2);
        // the row of the load done is the row of that load's own diagram
        ClusterTest.assertSameTable(e.partial(), sup.phaseDiagram(1.2, 0.06));
        assertThat(e.partial().doubleColumn("T_R").get(0)).isCloseTo(0.782, org.assertj.core.api.Assertions.within(0.01)); // docs/learning.md#reference-values
    }

    @Test
    void onLocalThreadsTheInterruptedDiagramHasTheRowsDoneSoFar() throws Exception {
        // multitasking (T, d) cells on one thread (tens of ms each), interrupted after the first ones are done
        double[] ds = new double[200], ts = {0.05};
        for (int i = 0; i < ds.length; i++) ds[i] = 0.0045 * i;
        MultitaskingPhaseDiagram.states(3, 0.2, new double[] {0.3}, ts); // classes loaded before the clock starts
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                Cluster.using(Cluster.threads(1), () -> MultitaskingPhaseDiagram.states(3, 0.2, ds, ts));
            } catch (Throwable x) {
                thrown.set(x);
            }
        });
        t.start();
        Thread.sleep(1000);
        t.interrupt();
        t.join(20_000);
        assertThat(thrown.get()).isInstanceOf(TableInterruptedException.class);
        TableInterruptedException e = (TableInterruptedException) thrown.get();
        assertThat(e.done()).isBetween(1L, 199L);
        Table partial = e.partial();
        assertThat(partial.rowCount()).isEqualTo((int) e.done());
        // the rows are those of the whole table at the cells done (one thread: the first ones, in order)
        ClusterTest.assertSameTable(partial, MultitaskingPhaseDiagram.states(3, 0.2, java.util.Arrays.copyOf(ds, partial.rowCount()), ts));
    }

    @Test
    void aSweepThatIsNotInterruptedBuildsTheWholeTableAndErrorsPassThrough() {
        Table t = Sweep.over(3, i -> 10.0 * i).showProgress(false).runTable((done, v) -> Table.create("x",
                tech.tablesaw.api.IntColumn.create("i", done), tech.tablesaw.api.DoubleColumn.create("v", v.stream().mapToDouble(d -> d).toArray())));
        assertThat(t.intColumn("i").asList()).containsExactly(0, 1, 2);
        assertThat(t.doubleColumn("v").asList()).containsExactly(0.0, 10.0, 20.0);
        assertThatThrownBy(() -> Sweep.over(3, i -> {
            if (i == 1) throw new IllegalStateException("point 1 failed");
            return i;
        }).showProgress(false).runTable((done, v) -> Table.create("x"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("point 1 failed");
        assertThatThrownBy(() -> Sweep.over(3, i -> i).runTable(null)).hasMessageContaining("table");
    }
}
