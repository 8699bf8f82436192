package dev.hebbian.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.hebbian.DenseHebbian;
import dev.hebbian.numerics.Gauss;

/**
 * docs/storage.md#eq-storage-10, #eq-storage-19 item 6: at every returned solution the self-consistency residual is below
 * 1e-10 and the numerical gradient of the functional vanishes; and 1RSB collapses to RS where it
 * must.
 */
class StationarityTest {
    private static final double H = 1e-5;

    @Test
    void rsSolutionsAreStationary() {
        for (double[] pt : new double[][] {{4, 0.1, 3.3}, {4, 0.3, 5}, {6, 0.2, 2}, {4, 0.05, 1.2}}) {
            int p = (int) pt[0];
            var prob = DenseHebbian.storage().p(p).alpha(pt[1]).beta(pt[2]).rs();
            Functional f = prob.functional();
            Gauss g = Gauss.order(128);
            for (Solution s : prob.branches()) {
                assertThat(s.converged()).isTrue();
                assertThat(s.residual()).isLessThan(1e-10);
                double dm = (f.rsPressure(s.beta(), s.m() + H, s.q(), g) - f.rsPressure(s.beta(), s.m() - H, s.q(), g)) / (2 * H);
                double qq = Math.min(s.q(), 1 - H);
                double dq = (f.rsPressure(s.beta(), s.m(), qq + H, g) - f.rsPressure(s.beta(), s.m(), Math.max(0, qq - H), g))
                        / (qq + H - Math.max(0, qq - H));
                if (s.m() > 0) assertThat(dm).as("dA/dm at %s", s).isCloseTo(0, within(1e-7));
                if (s.q() > 1e-6 && s.q() < 1 - 1e-6) assertThat(dq).as("dA/dq at %s", s).isCloseTo(0, within(1e-5));
            }
        }
    }

    @Test
    void oneStepRsbSolutionsAreStationary() {
        Solution[] sols = {
                DenseHebbian.sk().beta(2).oneStepRsb().solver().orders(128, 64, 160).solve(),
                DenseHebbian.pSpin(4).beta(2).oneStepRsb().solver().orders(128, 64, 160).solve(),
                ReplicaSolver.of(DenseHebbian.storage().p(4).alpha(0.2).functional(), 1 / 0.2, Ansatz.ONE_RSB)
                        .orders(128, 64, 160).solve(Branch.SPIN_GLASS),
        };
        Functional[] fs = {DenseHebbian.sk().functional(), DenseHebbian.pSpin(4).functional(),
                DenseHebbian.storage().p(4).alpha(0.2).functional()};
        // the gradient of the quadrature functional vanishes up to the quadrature error of the
        // Gaussian integration by parts that links it to the self-consistency map
        Gauss g1 = Gauss.order(64), g2 = Gauss.order(160);
        for (int i = 0; i < sols.length; i++) {
            Solution s = sols[i];
            Functional f = fs[i];
            assertThat(s.ansatz()).isEqualTo(Ansatz.ONE_RSB);
            assertThat(s.theta()).as("%s", s).isStrictlyBetween(0.0, 1.0);
            assertThat(s.residual()).isLessThan(1e-10);
            double[] x = {s.m(), s.q1(), s.q2(), s.theta()};
            for (int k = 1; k < 4; k++) {
                double[] xp = x.clone(), xm = x.clone();
                xp[k] += H;
                xm[k] -= H;
                if (k == 1 && x[1] < H) xm[1] = 0;
                double grad = (f.rsbPressure(s.beta(), xp[0], xp[1], xp[2], xp[3], g1, g2)
                        - f.rsbPressure(s.beta(), xm[0], xm[1], xm[2], xm[3], g1, g2)) / (xp[k] - xm[k]);
                assertThat(grad).as("dA/dx%d at %s", k, s).isCloseTo(0, within(1e-5));
                assertThat(s.quadratureError()).isLessThan(1e-8);
            }
        }
    }

    @Test
    void zeroTemperatureOneStepRsbSolutionsAreStationary() {
        Solution[] sols = {DenseHebbian.sk().temperature(0).oneStepRsb().solve(),
                DenseHebbian.storage().p(4).alpha(0.4).temperature(0).oneStepRsb().solve(Branch.RETRIEVAL)};
        Functional[] fs = {DenseHebbian.sk().functional(), DenseHebbian.storage().p(4).alpha(0.4).functional()};
        Gauss g = Gauss.order(64);
        for (int i = 0; i < sols.length; i++) {
            Solution s = sols[i];
            assertThat(s.residual()).isLessThan(1e-10);
            double[] x = {s.m(), s.q1(), s.bigTheta()};
            for (int k = i == 0 ? 1 : 0; k < 3; k++) {
                double[] xp = x.clone(), xm = x.clone();
                xp[k] += H;
                xm[k] -= H;
                double grad = (fs[i].rsbGroundStateEval(xp[0], xp[1], xp[2], g)[0]
                        - fs[i].rsbGroundStateEval(xm[0], xm[1], xm[2], g)[0]) / (2 * H);
                assertThat(grad).as("d eps/dx%d at %s", k, s).isCloseTo(0, within(1e-7));
            }
        }
    }

    @Test
    void oneStepRsbCollapsesToRsInsideTheRetrievalPhaseAndAboveTs() {
        var p = DenseHebbian.storage().p(4).alpha(0.1).beta(1 / 0.3);
        Solution rs = p.rs().solve(), rsb = p.oneStepRsb().solve();
        assertThat(rsb.branch()).isEqualTo(Branch.RETRIEVAL);
        assertThat(rsb.m()).isCloseTo(rs.m(), within(1e-10));
        assertThat(rsb.pressure()).isCloseTo(rs.pressure(), within(1e-10));
        // P-spin above T_s = 0.616883: the 1RSB state is the paramagnet
        Solution para = DenseHebbian.pSpin(4).temperature(0.65).oneStepRsb().solve();
        assertThat(para.branch()).isEqualTo(Branch.PARAMAGNET);
        assertThat(para.pressure()).isCloseTo(Math.log(2) + 0.25 / (0.65 * 0.65), within(1e-12));
    }

    @Test
    void energyIsMinusTheBetaDerivativeOfThePressure() {
        var p = DenseHebbian.storage().p(4).alpha(0.1);
        double b = 3, h = 1e-4;
        Solution s = p.beta(b).solve();
        double a1 = p.beta(b + h).solve().pressure(), a0 = p.beta(b - h).solve().pressure();
        assertThat(s.energy()).isCloseTo(-(a1 - a0) / (2 * h), within(1e-6));
        // and the retrieval energy tends to -epsilon_RS(T = 0) at low T
        assertThat(p.beta(200).solve().energy()).isCloseTo(p.temperature(0).solve().energy(), within(1e-3));
    }
}
