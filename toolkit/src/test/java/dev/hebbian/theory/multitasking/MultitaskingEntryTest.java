package dev.hebbian.theory.multitasking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.hebbian.DenseHebbian;
import dev.hebbian.Multitasking;

/** The multitasking entry point beside storage(), supervised() and unsupervised() reaches the same solver. */
class MultitaskingEntryTest {
    @Test
    void theEntryPointGivesTheSameNumbersAsTheFacade() {
        MultitaskingSolution a = DenseHebbian.multitasking().supervised().k(3).dilution(0.3).rho(0.2).beta(10).solve();
        MultitaskingSolution b = Multitasking.supervised().k(3).dilution(0.3).rho(0.2).beta(10).solve();
        assertThat(a.toString()).isEqualTo(b.toString());
        assertThat(a.toString()).contains("0.");
    }
}
