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
}
