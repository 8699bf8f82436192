package dev.hebbian.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import dev.hebbian.DenseHebbian;
import dev.hebbian.theory.PhaseDiagram;
import dev.hebbian.theory.learning.Learning;
import dev.hebbian.theory.learning.Noise;
import dev.hebbian.theory.multitasking.MultitaskingPhaseDiagram;
import tech.tablesaw.api.Table;

/**
 * The learning, multitasking and storage phase diagrams go through {@link Sweep}: the same tables on one
 * local thread, on two, and on a backend that serializes every chunk of points ({@code fake://N}, as an
 * executor would); and they really are shipped there (not run locally after a serialization failure).
 */
class PhaseDiagramsOnClustersTest {

    /** The table of {@code body} on 1 thread, 2 threads and a serializing backend, checked equal; returns it. */
    static Table sameEverywhere(String master, Supplier<Table> body) {
        SerializingCluster fake = (SerializingCluster) Cluster.of(master);
        Table one = Cluster.using(Cluster.threads(1), body);
        Table two = Cluster.using(Cluster.threads(2), body);
        int before = fake.shipped;
        Table shipped = Cluster.using(fake, body);
        assertThat(fake.shipped).as("chunks shipped to " + master).isGreaterThan(before);
        ClusterTest.assertSameTable(two, one);
        ClusterTest.assertSameTable(shipped, one);
        return one;
    }

    @Test
    void clusterThreadsCapsTheLocalThreads() {
        assertThat(Cluster.threads(3).isLocal()).isTrue();
        assertThat(Cluster.threads(3).master()).isEqualTo("local");
        Names seen = new Names();
        Cluster.using(Cluster.threads(1), () -> Sweep.over(12, i -> seen.add(Thread.currentThread().getName())).run());
        assertThat(seen.names).hasSize(1);
        seen.names.clear();
        Cluster.using(Cluster.threads(3), () -> Sweep.over(60, i -> {
            sleep(); // long enough that every worker takes a point
            return seen.add(Thread.currentThread().getName());
        }).run());
        assertThat(seen.names).hasSize(3);
        // a sweep's own thread count wins over the cluster's cap
        seen.names.clear();
        Cluster.using(Cluster.threads(1), () -> Sweep.over(60, i -> {
            sleep();
            return seen.add(Thread.currentThread().getName());
        }).threads(2).run());
        assertThat(seen.names).hasSize(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Cluster.threads(0)).hasMessageContaining("threads");
    }

    private static final class Names {
        final java.util.Set<String> names = ConcurrentHashMap.newKeySet();

        boolean add(String n) {
            return names.add(n);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @org.junit.jupiter.api.Tag("slow") // three runs of two learning diagrams: a few seconds
    void theLearningPhaseDiagramIsTheSameEverywhere() {
        Learning.HighLoad sup = Learning.supervised().p(4).rho(0.1).noise(Noise.CLT).highLoad();
        Table t = sameEverywhere("fake://1", () -> sup.phaseDiagram(1.2, 0.12, 0.06));
        assertThat(t.doubleColumn("alpha").asList()).containsExactly(0.12, 0.06); // in the order given
        assertThat(t.doubleColumn("T_R").get(1)).isCloseTo(0.782, within(0.01)); // docs/learning.md#reference-values
        assertThat(t.doubleColumn("T_R").get(0)).isLessThan(t.doubleColumn("T_R").get(1)); // retrieval melts earlier at higher load
        // unsupervised, from r and M: the law and its normalisation are rebuilt from the parameters at each point
        Learning.HighLoad unsup = Learning.unsupervised().p(4).r(0.6).examples(10).noise(Noise.CLT).highLoad();
        Table u = sameEverywhere("fake://2", () -> unsup.phaseDiagram(1.2, 0.01));
        assertThat(u.doubleColumn("T_R").get(0)).isGreaterThan(u.doubleColumn("T_M").get(0));
        assertThat(u.doubleColumn("T_SG").get(0)).isEqualTo(unsup.spinGlassTemperature(0.01));
    }

    @Test
    void theMultitaskingTablesAreTheSameEverywhere() {
        Table states = sameEverywhere("fake://3",
                () -> MultitaskingPhaseDiagram.states(2, 0.2, new double[] {0.2, 0.5, 0.8}, new double[] {0, 0.1}));
        assertThat(states.rowCount()).isEqualTo(6);
        assertThat(states.doubleColumn("T").asList()).containsExactly(0.0, 0.0, 0.0, 0.1, 0.1, 0.1); // T-major, as before
        assertThat(states.doubleColumn("d").asList()).containsExactly(0.2, 0.5, 0.8, 0.2, 0.5, 0.8);
        // at T = 0 and d = 0.2 the hierarchical state has m_1 > m_2 > 0
        assertThat(states.doubleColumn("m1").get(0)).isGreaterThan(states.doubleColumn("m2").get(0));
        assertThat(states.doubleColumn("m2").get(0)).isPositive();
        Table b = sameEverywhere("fake://1", () -> MultitaskingPhaseDiagram.boundaries(2, 0.1, new double[] {0, 0.1, 0.2}));
        assertThat(b.doubleColumn("d_E").asList()).containsExactly(1.0, 0.9, 0.8); // d_E = 1 - T
        Table v = sameEverywhere("fake://2", () -> MultitaskingPhaseDiagram.parallelDilutionVersusRho(2, 0, new double[] {0.1, 0.5}));
        // K = 2, T = 0: the parallel dilution equals its closed form
        for (int i = 0; i < 2; i++)
            assertThat(v.doubleColumn("d_P").get(i)).isCloseTo(v.doubleColumn("d_P_closed_form").get(i), within(1e-6));
    }

    @Test
    void aStorageProblemsPhaseDiagramIsShippedToADefaultCluster() {
        var problem = DenseHebbian.storage().p(4).rs();
        double[] alphas = {0.02, 0.05}, temps = {0.3, 0.6};
        SerializingCluster fake = (SerializingCluster) Cluster.of("fake://2");
        PhaseDiagram one = Cluster.using(Cluster.threads(1), () -> problem.phaseDiagram(alphas, temps));
        int before = fake.shipped;
        PhaseDiagram shipped = Cluster.using(fake, () -> problem.phaseDiagram(alphas, temps));
        assertThat(fake.shipped - before).as("grid and lines chunks shipped").isEqualTo(1 + 1); // 2 row segments (warm-started rows) by 2, 2 loads by 2
        ClusterTest.assertSameTable(shipped.grid(), one.grid());
        ClusterTest.assertSameTable(shipped.lines(), one.lines());
        assertThat(List.copyOf(one.grid().stringColumn("phase").asList())).contains("retrieval");
    }
}
