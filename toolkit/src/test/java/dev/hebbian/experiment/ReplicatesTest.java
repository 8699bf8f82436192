package dev.hebbian.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ReplicatesTest {
    @Test
    void meanAndStandardErrorByHand() {
        Replicates r = Replicates.of(new double[][] {{1, 10}, {2, 10}, {4, 10}});
        assertThat(r.seeds()).isEqualTo(3);
        assertThat(r.mean(0)).isCloseTo(7.0 / 3, within(1e-12));
        // sample variance of 1, 2, 4: ((4/3)^2 + (1/3)^2 + (5/3)^2) / 2 = 7/3
        assertThat(r.stdErr(0)).isCloseTo(Math.sqrt(7.0 / 3 / 3), within(1e-12));
        assertThat(r.mean(1)).isEqualTo(10);
        assertThat(r.stdErr(1)).isEqualTo(0);
        assertThat(r.column(0)).containsExactly(1, 2, 4);
        assertThat(Replicates.of(new double[][] {{5}}).stdErr(0)).isNaN();
    }

    @Test
    void seedsAreConsecutiveAndTheResultReproducible() {
        Replicates a = Replicates.over(5, 100, s -> new double[] {s, new SplittableRandom(s).nextDouble()});
        assertThat(a.column(0)).containsExactly(100, 101, 102, 103, 104);
        Replicates b = Replicates.over(5, 100, s -> new double[] {s, new SplittableRandom(s).nextDouble()});
        assertThat(b.column(1)).containsExactly(a.column(1));
    }

    @Test
    void standardErrorShrinksLikeOneOverRootN() {
        // uniform(0,1): sd = 1/sqrt(12); with 400 draws the standard error is 0.0144 within ~10%
        Replicates r = Replicates.over(400, 7, s -> new double[] {new SplittableRandom(s).nextDouble()});
        assertThat(r.stdErr(0)).isCloseTo(1 / Math.sqrt(12 * 400.0), within(0.0015));
        assertThat(r.mean(0)).isCloseTo(0.5, within(4 * r.stdErr(0)));
    }

    @Test
    void badInputNamesTheParameter() {
        assertThatThrownBy(() -> Replicates.over(0, 1, s -> new double[] {1})).hasMessageContaining("n (seeds)").hasMessageContaining("0");
        assertThatThrownBy(() -> Replicates.of(new double[0][])).hasMessageContaining("values");
        assertThatThrownBy(() -> Replicates.of(new double[][] {{1, 2}, {3}})).hasMessageContaining("repetition 1 has 1");
    }
}
