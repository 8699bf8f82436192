package dev.hebbian.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.hebbian.DenseHebbian;
import dev.hebbian.simulation.Ensemble;
import dev.hebbian.simulation.Simulation;
import dev.hebbian.simulation.SimulationResult;
import dev.hebbian.theory.Ansatz;
import dev.hebbian.theory.PhaseDiagram;
import dev.hebbian.theory.PointSolver;
import dev.hebbian.theory.Transitions;
import tech.tablesaw.api.Table;

/** The cluster SPI: lookup by master URL, serializable points, results identical to local threads. */
class ClusterTest {

    @Test
    void seedsSplitIsTheKthSplitOfTheRoot() {
        assertThat(Seeds.jumping()).isTrue();
        for (long seed : new long[] {1, 42, -3, Long.MAX_VALUE}) {
            SplittableRandom root = new SplittableRandom(seed);
            for (int k = 0; k < 200; k++) {
                SplittableRandom real = root.split(), jump = Seeds.split(seed, k);
                for (int d = 0; d < 4; d++) assertThat(jump.nextLong()).as("seed %d split %d", seed, k).isEqualTo(real.nextLong());
            }
        }
        // a different index gives a different stream
        assertThat(Seeds.split(1, 3).nextLong()).isNotEqualTo(Seeds.split(1, 4).nextLong());
        assertThatThrownBy(() -> Seeds.split(1, -1)).hasMessageContaining("k");
    }

    @Test
    void masterUrlsFindTheirBackend() {
        assertThat(Cluster.of("local").isLocal()).isTrue();
        assertThat(Cluster.of(null)).isSameAs(Cluster.local());
        Cluster fake = Cluster.of("fake://3");
        assertThat(fake).isInstanceOf(SerializingCluster.class);
        assertThat(Cluster.of("fake://3")).isSameAs(fake); // one connection per URL
        assertThatThrownBy(() -> Cluster.of("spark://head:7077"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("master = spark://head:7077")
                .hasMessageContaining("toolkit-spark jar");
    }

    static double work(int i) {
        SplittableRandom rnd = new SplittableRandom(1000 + i);
        double s = 0;
        for (int k = 0; k < 100; k++) s += rnd.nextDouble();
        return s;
    }

    @Test
    void theDefaultClusterIsTheBlocksThenHebbianMasterThenSparkSubmitsMaster() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(Cluster.MASTER_ENV) == null, "HEBBIAN_MASTER is set");
        String hebbian = System.getProperty(Cluster.MASTER_PROPERTY), spark = System.getProperty(Cluster.SPARK_MASTER_PROPERTY);
        try {
            System.clearProperty(Cluster.MASTER_PROPERTY);
            System.clearProperty(Cluster.SPARK_MASTER_PROPERTY);
            assertThat(Cluster.current()).isSameAs(Cluster.local());
            System.setProperty(Cluster.SPARK_MASTER_PROPERTY, "fake://6"); // as spark-submit --master sets it
            assertThat(Cluster.current().master()).isEqualTo("fake://6");
            System.setProperty(Cluster.MASTER_PROPERTY, "fake://7");
            assertThat(Cluster.current().master()).isEqualTo("fake://7");
            assertThat(Cluster.using(Cluster.threads(1), Cluster::current).isLocal()).isTrue();
        } finally {
            if (hebbian == null) System.clearProperty(Cluster.MASTER_PROPERTY);
            else System.setProperty(Cluster.MASTER_PROPERTY, hebbian);
            if (spark == null) System.clearProperty(Cluster.SPARK_MASTER_PROPERTY);
            else System.setProperty(Cluster.SPARK_MASTER_PROPERTY, spark);
        }
    }

    @Test
    void aSweepOnAClusterEqualsTheLocalOneInOrder() {
        List<Double> local = Sweep.over(37, ClusterTest::work).run();
        SerializingCluster fake = (SerializingCluster) Cluster.of("fake://5");
        int before = fake.shipped;
        AtomicInteger seen = new AtomicInteger();
        List<Double> remote = Sweep.over(37, i -> work(i)).on(fake).listener(seen::set).run();
        assertThat(remote).isEqualTo(local);
        assertThat(seen.get()).isEqualTo(37);
        assertThat(fake.shipped - before).isEqualTo(8); // ceil(37 / 5) chunks, each with its own copy
        assertThat(Sweep.over(0, i -> i).on(fake).run()).isEmpty();
    }

    @Test
    void aFunctionThatCannotBeShippedIsRefusedOrRunsLocally() {
        Object notSerializable = new Object();
        SerializingCluster fake = (SerializingCluster) Cluster.of("fake://4");
        assertThatThrownBy(() -> Sweep.over(3, i -> i + notSerializable.hashCode() * 0).named("demo").on(fake).run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("demo cannot run on fake://4")
                .hasMessageContaining("java.lang.Object");
        java.util.function.IntFunction<Integer> plain = i -> i * 2;
        assertThatThrownBy(() -> Sweep.over(3, plain).on(fake).run()).hasMessageContaining("is not Serializable");
        // a default cluster (Cluster.using, or the hebbian.master property) falls back to local threads
        int before = fake.shipped;
        List<Integer> r = Cluster.using(fake, () -> Sweep.over(3, plain).run());
        assertThat(r).containsExactly(0, 2, 4);
        assertThat(fake.shipped).isEqualTo(before);
        assertThat(Cluster.using(fake, () -> Sweep.over(3, i -> i * 3).run())).containsExactly(0, 3, 6);
        assertThat(fake.shipped).isGreaterThan(before);
    }

    @Test
    void aFailedPointFailsTheSweepWithTheLowestIndexError() {
        SerializingCluster fake = (SerializingCluster) Cluster.of("fake://4");
        assertThatThrownBy(() -> Sweep.over(20, i -> {
            if (i == 5 || i == 15) throw new IllegalArgumentException("bad point " + i);
            return i;
        }).on(fake).run()).isInstanceOf(IllegalArgumentException.class).hasMessage("bad point 5");
    }

    @Test
    void anInterruptedClusterSweepKeepsTheFinishedPoints() {
        Cluster stopsHalfWay = new Cluster() {
            public String master() {
                return "stub://";
            }

            public <R> void run(String name, int size, SerializableIntFunction<R> point, Sink<R> sink) throws InterruptedException {
                for (int i = 0; i < size / 2; i++) sink.done(i, point.apply(i));
                throw new InterruptedException("cancelled");
            }
        };
        try {
            Sweep.over(10, i -> i * i).on(stopsHalfWay).run();
            throw new AssertionError("no interruption");
        } catch (Sweep.SweepInterruptedException e) {
            assertThat(Thread.interrupted()).isTrue(); // flag set again (and cleared here)
            List<Integer> partial = e.partial();
            assertThat(partial).containsExactly(0, 1, 4, 9, 16, null, null, null, null, null);
            assertThat(e.done()).isEqualTo(5);
        }
    }

    @Test
    void aPhaseDiagramOnAClusterEqualsTheLocalOne() {
        double[] alphas = {0.02, 0.05}, temps = {0.3, 0.6};
        SerializableBiFunction<Double, Double, PointSolver> solver = (a, t) -> DenseHebbian.storage().p(4).alpha(a).temperature(t).solver();
        SerializableDoubleFunction<Transitions> lines = a -> DenseHebbian.storage().p(4).alpha(a).transitions(0.01, 1.5);
        PhaseDiagram local = PhaseDiagram.compute(4, Ansatz.RS, alphas, temps, solver, lines, true, Cluster.local());
        PhaseDiagram remote = PhaseDiagram.compute(4, Ansatz.RS, alphas, temps, solver, lines, true, Cluster.of("fake://3"));
        assertSameTable(remote.grid(), local.grid());
        assertSameTable(remote.lines(), local.lines());
        assertThat(local.grid().stringColumn("phase").asList()).contains("retrieval");
        // a factory that captures something unserializable is refused with its class named
        Object unserializable = new Object();
        SerializableBiFunction<Double, Double, PointSolver> bad = (a, t) -> unserializable == null ? null : solver.apply(a, t);
        assertThatThrownBy(() -> PhaseDiagram.compute(4, Ansatz.RS, alphas, temps, bad, lines, false, Cluster.of("fake://3")))
                .hasMessageContaining("java.lang.Object");
    }

    @Test
    void aMonteCarloEnsembleOnAClusterEqualsTheLocalOne() {
        Simulation sim = Simulation.of(Ensemble.storage(4, 40, 3)).temperature(0.3).sweeps(5, 6).samples(7).replicas(2).seed(11);
        SimulationResult local = sim.run();
        List<long[]> reported = new ArrayList<>();
        SimulationResult remote = sim.progress((d, t) -> {
            synchronized (reported) {
                reported.add(new long[] {d, t});
            }
        }).on(Cluster.of("fake://2")).run();
        for (int s = 0; s < 7; s++) assertSameTable(remote.series(s), local.series(s));
        assertSameTable(remote.table(), local.table());
        assertThat(remote.m(0)).isEqualTo(local.m(0));
        assertThat(remote.q()).isEqualTo(local.q());
        assertThat(reported).hasSize(7);
        assertThat(reported.get(6)).containsExactly(77, 77);
        // the same with one replica, a learning ensemble and the default cluster from Cluster.using
        Simulation sup = Simulation.of(Ensemble.supervised(2, 30, 2, 4, 0.6, 0.1)).temperature(0.2).sweeps(3, 4).samples(5).seed(3);
        SimulationResult a = sup.run(), b = Cluster.using(Cluster.of("fake://1"), sup::run);
        for (int s = 0; s < 5; s++) assertSameTable(b.series(s), a.series(s));
    }

    static void assertSameTable(Table actual, Table expected) {
        assertThat(actual.columnNames()).isEqualTo(expected.columnNames());
        assertThat(actual.rowCount()).isEqualTo(expected.rowCount());
        for (int c = 0; c < expected.columnCount(); c++)
            assertThat(actual.column(c).asList()).as(expected.column(c).name()).isEqualTo(expected.column(c).asList());
    }
}
