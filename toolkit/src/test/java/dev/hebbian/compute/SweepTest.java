package dev.hebbian.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class SweepTest {
    static double work(int i) {
        SplittableRandom rnd = new SplittableRandom(1000 + i); // seeded by the point index
        double s = 0;
        for (int k = 0; k < 1000; k++) s += rnd.nextDouble();
        return s;
    }

    @Test
    void resultsAreInPointOrderWhateverTheThreadCount() {
        List<Double> one = Sweep.over(200, SweepTest::work).threads(1).run();
        List<Double> four = Sweep.over(200, SweepTest::work).threads(4).run();
        assertThat(four).isEqualTo(one);
        assertThat(one.get(7)).isEqualTo(work(7));
    }

    @Test
    void aFailingPointStopsTheSweepWithItsError() {
        assertThatThrownBy(() -> Sweep.over(50, i -> {
            if (i == 13) throw new IllegalArgumentException("alpha = -1 is out of range");
            return i;
        }).run()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha = -1");
    }

    @Test
    void anInterruptedSweepKeepsTheFinishedPoints() throws Exception {
        CountDownLatch started = new CountDownLatch(5);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                Sweep.over(1000, i -> {
                    started.countDown();
                    try {
                        Thread.sleep(i < 5 ? 0 : 20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return i * 2;
                }).named("slow").threads(2).run();
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        started.await();
        Thread.sleep(100);
        t.interrupt();
        t.join(10_000);
        assertThat(thrown.get()).isInstanceOf(Sweep.SweepInterruptedException.class).hasMessageContaining("slow interrupted");
        Sweep.SweepInterruptedException e = (Sweep.SweepInterruptedException) thrown.get();
        List<Integer> partial = e.partial(); // carried by the exception: no static state
        assertThat(e.sweepName()).isEqualTo("slow");
        assertThat(partial).hasSize(1000);
        long done = partial.stream().filter(x -> x != null).count();
        assertThat(done).isBetween(5L, 999L);
        for (int i = 0; i < partial.size(); i++) if (partial.get(i) != null) assertThat(partial.get(i)).isEqualTo(2 * i);
    }

    /** A point that throws becomes a row with its error in "note" (the others are untouched), on any thread count. */
    @Test
    void aFailedPointIsARowWithItsError() {
        for (int threads : new int[] {1, 3}) {
            tech.tablesaw.api.Table t = Sweep.over(6, i -> {
                if (i == 2) throw new IllegalStateException("no fixed point at i = 2");
                return new double[] {i, work(i)};
            }).threads(threads).showProgress(false).runTable((done, rows) -> {
                tech.tablesaw.api.DoubleColumn x = tech.tablesaw.api.DoubleColumn.create("x"), y = tech.tablesaw.api.DoubleColumn.create("y");
                for (double[] r : rows) {
                    x.append(r[0]);
                    y.append(r[1]);
                }
                return tech.tablesaw.api.Table.create("t", x, y);
            }, failed -> new double[] {Double.NaN, Double.NaN});
            assertThat(t.rowCount()).isEqualTo(6);
            assertThat(t.columnNames()).containsExactly("x", "y", "note");
            assertThat(t.doubleColumn("x").getDouble(2)).isNaN();
            assertThat(t.stringColumn("note").get(2)).isEqualTo("IllegalStateException: no fixed point at i = 2");
            for (int i : new int[] {0, 1, 3, 4, 5}) {
                assertThat(t.doubleColumn("y").getDouble(i)).isEqualTo(work(i));
                assertThat(t.stringColumn("note").get(i)).isEmpty();
            }
        }
    }
}
