package dev.hebbian.theory.spinglass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.hebbian.theory.storage.Hopfield;

/** Soft spin glass (docs/spin-glass.md#eq-spin-glass-1): the P = 2 closed form and the link with the Hopfield soft part. */
class SoftSpinGlassTest {
    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.3, 0.45, 0.499})
    void pEqualsTwoSelfOverlapHasTheSemicircleClosedForm(double b) {
        double pd = SoftSpinGlass.of(2, b).paramagneticSelfOverlap();
        assertThat(pd).isCloseTo((1 - Math.sqrt(1 - 4 * b * b)) / (2 * b * b), within(1e-11));
        // stationary
        SoftSpinGlass s = SoftSpinGlass.of(2, b);
        double h = 1e-6;
        if (b < 0.5) assertThat((s.pressure(pd + h, 0) - s.pressure(pd - h, 0)) / (2 * h)).isCloseTo(0, within(1e-8));
    }

    @Test
    void noParamagneticSolutionBeyondTheSemicircleEdge() {
        assertThat(SoftSpinGlass.of(2, 0.51).paramagneticSelfOverlap()).isNaN();
    }

    @Test
    void softPressureAtUnitSelfOverlapMatchesTheHopfieldSoftPartStructure() {
        // -1/2 ln(1 - xi'(1) + xi'(q)) + xi'(q)/(2 D) with xi = b^2 q^2/2, b^2 = beta: D = 1 - beta (1 - q),
        // the same D and the same first two terms as Hopfield.softPart (docs/storage.md#eq-storage-17, #eq-storage-18, #eq-storage-19)
        double beta = 0.7, q = 0.4;
        SoftSpinGlass s = SoftSpinGlass.of(2, Math.sqrt(beta));
        double d = 1 - beta * (1 - q);
        double firstTwo = -0.5 * Math.log(d) + beta * q / (2 * d);
        double bracket = 0.5 * (beta / 2 - beta - beta * q * q / 2 + beta * q * q);
        assertThat(s.pressure(1, q)).isCloseTo(firstTwo + bracket, within(1e-14));
        assertThat(Hopfield.softPart(beta, q)).isCloseTo(firstTwo - beta * beta * (1 - q * q) / (4 * d * d), within(1e-14));
    }
}
