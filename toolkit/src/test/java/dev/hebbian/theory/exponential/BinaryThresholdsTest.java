package dev.hebbian.theory.exponential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.hebbian.Check;

/**
 * Closed forms and limits of the binary exponential memory's thresholds (docs/exponential-memory.md#eq-exp-3 to
 * #eq-exp-9), each against an independent computation: the rate function against its Taylor series and its
 * Legendre form, alpha_1 against a Brent root of the signal-to-noise equation with the cross-talk exponent
 * maximised numerically, Demircigil et al.'s ln(2)/2 (J. Stat. Phys. 168 (2017) 288, quoted as about 0.35).
 */
class BinaryThresholdsTest {
    static final double LN2 = Math.log(2);

    @Test
    void rateFunctionEndpointsTaylorAndLegendre() {
        assertThat(BinaryThresholds.rate(0)).isZero();
        assertThat(BinaryThresholds.rate(1)).isEqualTo(LN2);
        assertThat(BinaryThresholds.rate(-0.3)).isEqualTo(BinaryThresholds.rate(0.3));
        double x = 1e-3;
        assertThat(BinaryThresholds.rate(x)).isCloseTo(x * x / 2 + Math.pow(x, 4) / 12, within(1e-16));
        // Legendre: I(tanh b) = b tanh b - ln cosh b
        for (double b : new double[] {0.1, 0.7, 2, 5}) {
            double t = Math.tanh(b);
            assertThat(BinaryThresholds.rate(t)).isCloseTo(b * t - Math.log(Math.cosh(b)), within(1e-12));
        }
        for (double a : new double[] {1e-6, 0.1, 0.5, 0.69})
            assertThat(BinaryThresholds.rate(BinaryThresholds.rateInverse(a))).isCloseTo(a, within(1e-13));
        assertThat(BinaryThresholds.rateInverse(0.8)).isEqualTo(1);
    }

    @Test
    void demircigilCapacityIsHalfTheRateAndLn2Over2ForFixedPoints() {
        assertThat(BinaryThresholds.demircigil(0)).isCloseTo(LN2 / 2, within(1e-15)).isCloseTo(0.3466, within(1e-4));
        // at beta = 1 (F = exp) the all-pattern bound is Demircigil's for every rho
        for (double rho : new double[] {0, 0.05, 0.1, 0.2, 0.3, 0.45})
            assertThat(BinaryThresholds.allPatterns(1, rho)).isEqualTo(BinaryThresholds.demircigil(rho));
        // I(0.5)/2 at rho = 1/4, by hand: ((1.5 ln 1.5 + 0.5 ln 0.5)/2)/2
        assertThat(BinaryThresholds.demircigil(0.25)).isCloseTo((1.5 * Math.log(1.5) + 0.5 * Math.log(0.5)) / 4, within(1e-15));
    }

    @Test
    void oneStepThresholdKnownValuesAndBranches() {
        // beta = 1, rho = 0: y = 1 > tanh 2, Gaussian (unfrozen) branch: 2 - ln cosh 2
        assertThat(BinaryThresholds.oneStep(1, 0)).isCloseTo(2 - Math.log(Math.cosh(2)), within(1e-14)).isCloseTo(0.67500, within(1e-5));
        // beta = 1, rho = 0.1: y = 0.8 < tanh 2, frozen branch: I(0.8)
        assertThat(BinaryThresholds.oneStep(1, 0.1)).isEqualTo(BinaryThresholds.rate(0.8));
        // continuity where the branches meet, y = tanh(2 beta)
        double beta = 0.4, rho = (1 - Math.tanh(0.8)) / 2;
        assertThat(BinaryThresholds.oneStep(beta, rho - 1e-9)).isCloseTo(BinaryThresholds.oneStep(beta, rho + 1e-9), within(1e-8));
        // T = 0 limit: the nearest pattern wins, I(1 - 2 rho), approached as beta grows
        assertThat(BinaryThresholds.oneStep(Double.POSITIVE_INFINITY, 0.2)).isEqualTo(BinaryThresholds.rate(0.6));
        assertThat(BinaryThresholds.oneStep(20, 0.2)).isCloseTo(BinaryThresholds.rate(0.6), within(1e-12));
        assertThat(BinaryThresholds.oneStep(20, 0)).isCloseTo(LN2, within(1e-12));
    }

    @Test
    void closedFormsAgreeWithTheNumericalRootOfTheSignalToNoiseEquation() {
        for (double beta : new double[] {0.2, 0.5, 1, 2, 6})
            for (double rho : new double[] {0, 0.05, 0.15, 0.3, 0.45}) {
                BinaryThresholds.Root r = BinaryThresholds.oneStepNumerical(beta, rho);
                assertThat(r.converged()).as("beta %s rho %s", beta, rho).isTrue();
                assertThat(r.residual()).isLessThan(1e-9);
                assertThat(r.alpha()).as("beta %s rho %s", beta, rho).isCloseTo(BinaryThresholds.oneStep(beta, rho), within(1e-8));
            }
        for (double alpha : new double[] {0.01, 0.2, 0.55, 0.69})
            for (double beta : new double[] {0.1, 0.5, 1, 3})
                assertThat(BinaryThresholds.crosstalkExponent(alpha, beta))
                        .isCloseTo(BinaryThresholds.crosstalkExponentNumerical(alpha, beta), within(1e-10));
    }

    @Test
    void orderingAndMonotonicity() {
        for (double beta : new double[] {0.3, 1, 3}) {
            double prev = Double.POSITIVE_INFINITY;
            for (double rho = 0; rho < 0.5; rho += 0.05) {
                double a1 = BinaryThresholds.oneStep(beta, rho);
                assertThat(a1).isLessThanOrEqualTo(prev).isLessThanOrEqualTo(BinaryThresholds.rate(1 - 2 * rho) + 1e-15);
                assertThat(BinaryThresholds.allPatterns(beta, rho)).isLessThanOrEqualTo(a1);
                assertThat(BinaryThresholds.softmax(beta, rho)).isLessThanOrEqualTo(a1 + 1e-15);
                prev = a1;
            }
        }
        // retrieval margin positive as alpha -> 0 (one pattern among few), negative far above alpha_1
        for (double rho : new double[] {0, 0.2, 0.45}) {
            assertThat(BinaryThresholds.oneStepMargin(1e-6, 1, rho)).isPositive();
            assertThat(BinaryThresholds.oneStepMargin(0.69, 1, rho)).isNegative();
        }
    }

    @Test
    void remAndEquilibriumThresholds() {
        // softmax criterion at rho = 0: beta - ln cosh beta
        assertThat(BinaryThresholds.softmax(1, 0)).isCloseTo(1 - Math.log(Math.cosh(1)), within(1e-14));
        assertThat(BinaryThresholds.softmax(Double.POSITIVE_INFINITY, 0)).isEqualTo(LN2);
        // REM free energy: paramagnetic alpha + ln cosh beta, frozen beta x*; continuous at I(tanh beta) = alpha
        double beta = 0.8, ac = BinaryThresholds.rate(Math.tanh(beta));
        assertThat(BinaryThresholds.remFreeEnergy(ac * (1 + 1e-9), beta)).isCloseTo(BinaryThresholds.remFreeEnergy(ac * (1 - 1e-9), beta), within(1e-8));
        assertThat(BinaryThresholds.remFreeEnergy(0.6, beta)).isCloseTo(0.6 + Math.log(Math.cosh(beta)), within(1e-14));
        assertThat(BinaryThresholds.equilibrium(1)).isCloseTo(0.327813, within(1e-6));
        assertThat(BinaryThresholds.equilibrium(Double.POSITIVE_INFINITY)).isEqualTo(LN2);
    }

    @Test
    void badInputsNameTheParameterTheValueAndTheRange() {
        assertThatThrownBy(() -> BinaryThresholds.oneStep(1, 0.5)).isInstanceOf(Check.InvalidParameterException.class)
                .hasMessageContaining("rho = 0.5").hasMessageContaining("[0.0, 0.5)");
        assertThatThrownBy(() -> BinaryThresholds.oneStep(1, -0.1)).hasMessageContaining("rho = -0.1");
        assertThatThrownBy(() -> BinaryThresholds.oneStep(0, 0)).hasMessageContaining("beta = 0.0").hasMessageContaining("> 0");
        assertThatThrownBy(() -> BinaryThresholds.crosstalkExponent(0, 1)).hasMessageContaining("alpha = 0.0").hasMessageContaining("> 0");
        assertThatThrownBy(() -> BinaryThresholds.crosstalkExponent(-1, 1)).hasMessageContaining("alpha = -1.0");
    }

    @Test
    void capacityRecordCarriesThresholdsAndPredictions() {
        ExponentialCapacity c = ExponentialCapacity.of(0.3, 1, 0.1);
        assertThat(c.thresholds().alphaOneStep()).isEqualTo(BinaryThresholds.oneStep(1, 0.1));
        assertThat(c.typicalRetrieved()).isTrue();
        assertThat(c.allRetrieved()).isFalse(); // 0.3 > I(0.8)/2 = 0.184
        assertThat(c.oneStepMargin()).isCloseTo(0.8 - BinaryThresholds.crosstalkExponent(0.3, 1), within(1e-15));
    }
}
