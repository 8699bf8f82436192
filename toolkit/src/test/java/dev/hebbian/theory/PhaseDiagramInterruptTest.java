package dev.hebbian.theory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import dev.hebbian.DenseHebbian;
import tech.tablesaw.api.Table;

/** An interrupted phase diagram hands the points it solved to the caller, in its exception; theory/ writes no file. */
class PhaseDiagramInterruptTest {
    @Test
    void interruptedGridKeepsSolvedPointsAndNamesTheRest(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out) throws Exception {
        System.setProperty(dev.hebbian.notebook.Notebook.OUT_PROPERTY, out.toString());
        double[] alphas = new double[20], temps = new double[20];
        for (int i = 0; i < 20; i++) {
            alphas[i] = 0.01 + 0.02 * i;
            temps[i] = 0.1 + 0.04 * i;
        }
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                PhaseDiagram.compute(4, Ansatz.RS, alphas, temps, (a, T) -> {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return DenseHebbian.storage().p(4).alpha(a).temperature(T).rs().solver();
                }, a -> null, false);
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        Thread.sleep(600);
        t.interrupt();
        t.join(20_000);
        assertThat(thrown.get()).isInstanceOf(PhaseDiagramInterruptedException.class);
        Table g = ((PhaseDiagramInterruptedException) thrown.get()).partial().grid();
        assertThat(g.rowCount()).isEqualTo(400);
        int notComputed = g.where(g.stringColumn("phase").isEqualTo("not computed")).rowCount();
        assertThat(notComputed).isBetween(1, 399);
        Table done = g.where(g.stringColumn("phase").isNotEqualTo("not computed"));
        // the solved points are real solutions: alpha = 0.01, T = 0.1 is deep in the retrieval phase
        assertThat(done.stringColumn("phase").get(0)).isEqualTo("retrieval");
        assertThat(done.doubleColumn("m").get(0)).isGreaterThan(0.99);
        // nothing written by the theory layer
        try (var files = java.nio.file.Files.list(out)) {
            assertThat(files).isEmpty();
        }
        System.clearProperty(dev.hebbian.notebook.Notebook.OUT_PROPERTY);
    }
}
