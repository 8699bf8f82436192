package dev.hebbian.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hebbian.DenseHebbian;

/**
 * Contract every replica functional obeys, checked on each model, branch and ansatz the toolkit solves:
 * <ul>
 *   <li>stationarity: the numerical gradient of the model's own pressure A (docs/storage.md#eq-storage-4,
 *       #eq-storage-10, #eq-storage-17) vanishes at the returned point in every free order parameter;</li>
 *   <li>thermodynamic consistency: the reported energy equals d(beta f)/d beta = -dA/dbeta taken by finite
 *       differences of the solver's own pressure at beta +- h (each point solved afresh);</li>
 *   <li>entropy s = beta (u - f) is non-negative for the retrieval and 1RSB states, and the RS spin glass of
 *       the SK model tends to the closed-form negative entropy -1/(2 pi) as T -&gt; 0 (docs/spin-glass.md, section 4);</li>
 *   <li>1RSB collapses onto RS: A_1RSB(q1 = q2) = A_RS for every theta, and for the continuous transitions
 *       (P = 2, SK) the 1RSB solution is the RS one where RS is stable (replicon quantity below 1) and lies
 *       above it in f where RS is unstable.</li>
 * </ul>
 */
class ReplicaContractTest {

    /** One model at one temperature: a name, the solver as a function of beta, the branch to follow. */
    record Case(String name, DoubleFunction<PointSolver> solver, double beta, Branch branch) {
        @Override
        public String toString() {
            return name + " T=" + 1 / beta + " " + branch.label();
        }
    }

    static Stream<Arguments> cases() {
        List<Case> c = new ArrayList<>();
        for (Ansatz a : Ansatz.values()) {
            String an = a.label();
            DoubleFunction<PointSolver> p4 = b -> DenseHebbian.storage().p(4).alpha(0.1).beta(b).ansatz(a).solver();
            c.add(new Case("storage P=4 alpha=0.1 " + an, p4, 1 / 0.3, Branch.RETRIEVAL));
            c.add(new Case("storage P=4 alpha=0.1 " + an, p4, 1 / 0.6, Branch.RETRIEVAL));
            c.add(new Case("storage P=4 alpha=0.1 " + an, p4, 1 / 0.08, Branch.SPIN_GLASS));
            DoubleFunction<PointSolver> p2 = b -> DenseHebbian.storage().p(2).alpha(0.1).beta(b).ansatz(a).solver();
            c.add(new Case("storage P=2 alpha=0.1 " + an, p2, 1 / 0.3, Branch.RETRIEVAL));
            c.add(new Case("storage P=2 alpha=0.1 " + an, p2, 1 / 0.3, Branch.SPIN_GLASS));
            c.add(new Case("storage P=2 alpha=0.1 " + an, p2, 1 / 0.7, Branch.SPIN_GLASS));
            DoubleFunction<PointSolver> sk = b -> DenseHebbian.sk().beta(b).ansatz(a).solver();
            c.add(new Case("SK " + an, sk, 1 / 0.5, Branch.SPIN_GLASS));
            DoubleFunction<PointSolver> p3 = b -> DenseHebbian.pSpin(3).beta(b).ansatz(a).solver();
            c.add(new Case("P-spin P=3 " + an, p3, 1 / 0.4, Branch.SPIN_GLASS));
            if (a == Ansatz.ONE_RSB) c.add(new Case("P-spin P=3 " + an, p3, 1 / 0.6, Branch.SPIN_GLASS));
            // learning: the P = 4 functional averaged over the law of the class average (docs/learning.md#eq-learning-10),
            // exact binomial law (atoms, analytic Jacobian) and central-limit law (one Gaussian component, Stein term)
            DoubleFunction<PointSolver> exact = b -> dev.hebbian.theory.learning.Learning.supervised().p(4).r(0.6).M(10)
                    .noise(dev.hebbian.theory.learning.Noise.EXACT).beta(b).highLoad().alpha(0.05).solver(a);
            DoubleFunction<PointSolver> clt = b -> dev.hebbian.theory.learning.Learning.supervised().p(4).rho(0.2)
                    .noise(dev.hebbian.theory.learning.Noise.CLT).beta(b).highLoad().alpha(0.05).solver(a);
            c.add(new Case("supervised P=4 r=0.6 M=10 exact alpha=0.05 " + an, exact, 1 / 0.2, Branch.RETRIEVAL));
            c.add(new Case("supervised P=4 rho=0.2 clt alpha=0.05 " + an, clt, 1 / 0.2, Branch.RETRIEVAL));
            if (a == Ansatz.ONE_RSB) {
                c.add(new Case("supervised P=4 rho=0.2 clt alpha=0.05 " + an, clt, 1 / 0.02, Branch.RETRIEVAL));
            }
        }
        return c.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theReturnedPointIsStationaryAndThermodynamicallyConsistent(Case k) {
        PointSolver solver = k.solver().apply(k.beta());
        Solution s = solver.solve(k.branch());
        assertThat(s.converged()).isTrue();
        assertThat(s.branch()).as("branch reached").isEqualTo(k.branch());

        // stationarity in every free order parameter
        double a0 = solver.pressureAt(s.m(), s.q1(), s.q2(), s.theta());
        assertThat(a0).as("pressure at the solution").isCloseTo(s.pressure(), within(1e-9));
        boolean rsb = s.ansatz() == Ansatz.ONE_RSB && s.theta() < 1 && s.q2() - s.q1() > 1e-6;
        double[] x = {s.m(), s.q1(), s.q2(), s.theta()};
        List<Integer> free = new ArrayList<>();
        if (s.branch() == Branch.RETRIEVAL) free.add(0);
        if (s.branch() != Branch.PARAMAGNET) {
            if (rsb) {
                if (s.q1() > 1e-6) free.add(1);
                free.add(2);
                free.add(3);
            } else {
                free.add(2);
            }
        }
        for (int i : free) {
            double h = 1e-5;
            double[] xp = x.clone(), xm = x.clone();
            xp[i] += h;
            xm[i] -= h;
            if (!rsb && i == 2) { // RS: q1 = q2 = q move together
                xp[1] = xp[2];
                xm[1] = xm[2];
            }
            double grad = (solver.pressureAt(xp[0], xp[1], xp[2], xp[3]) - solver.pressureAt(xm[0], xm[1], xm[2], xm[3])) / (2 * h);
            assertThat(grad).as("dA/d%s at %s", new String[] {"m", "q1", "q2", "theta"}[i], s).isCloseTo(0, within(2e-5));
        }

        // energy = -dA/dbeta of the solver's own pressure, each beta solved afresh
        double hb = 1e-4 * k.beta();
        Solution up = k.solver().apply(k.beta() + hb).solve(k.branch());
        Solution dn = k.solver().apply(k.beta() - hb).solve(k.branch());
        double dAdBeta = (up.pressure() - dn.pressure()) / (2 * hb);
        assertThat(s.energy()).as("energy vs -dA/dbeta").isCloseTo(-dAdBeta, within(2e-6));

        // entropy of the physical-looking states
        double entropy = k.beta() * (s.energy() - s.freeEnergy());
        if (s.branch() == Branch.RETRIEVAL || rsb) assertThat(entropy).as("entropy").isGreaterThanOrEqualTo(-1e-9);

        if (s.ansatz() == Ansatz.ONE_RSB) collapsesOntoRs(k, solver, s);
    }

    @org.junit.jupiter.api.Test
    void skReplicaSymmetricEntropyTendsToMinusOneOverTwoPi() {
        double previous = Double.NaN;
        for (double t : new double[] {0.04, 0.02, 0.01}) {
            Solution s = DenseHebbian.sk().temperature(t).rs().solve(Branch.SPIN_GLASS);
            double entropy = (s.energy() - s.freeEnergy()) / t;
            assertThat(entropy).as("RS entropy at T = %s", t).isCloseTo(-1 / (2 * Math.PI), within(3 * t));
            if (!Double.isNaN(previous)) assertThat(Math.abs(entropy + 1 / (2 * Math.PI))).isLessThan(Math.abs(previous + 1 / (2 * Math.PI)));
            previous = entropy;
        }
    }

    /** 1RSB collapses onto RS: in the functional (q1 = q2) and, for continuous transitions, in the solver. */
    private static void collapsesOntoRs(Case k, PointSolver solver, Solution s) {
        PointSolver rsSolver = rsTwin(k);
        Solution rs = rsSolver.solve(k.branch());
        // the functional: q1 = q2 makes theta irrelevant and gives the RS pressure
        double aRs = rsSolver.pressureAt(rs.m(), rs.q(), rs.q(), 1);
        for (double theta : new double[] {0.3, 0.7, 1}) {
            assertThat(solver.pressureAt(rs.m(), rs.q(), rs.q(), theta)).as("A_1RSB(q1 = q2, theta = %s)", theta)
                    .isCloseTo(aRs, within(1e-9));
        }
        // the solver, for the models whose glass transition is continuous (P = 2, SK): RS where RS is stable,
        // and above RS in f (A is minimised over the glassy parameters) where it is not
        if (!(k.name().startsWith("SK") || k.name().startsWith("storage P=2"))) return;
        double at = rsSolver.atQuantity(rs);
        if (at < 0.999) {
            assertThat(s.freeEnergy()).as("1RSB = RS where AT = %s", at).isCloseTo(rs.freeEnergy(), within(1e-8));
            assertThat(s.m()).isCloseTo(rs.m(), within(1e-6));
        } else {
            assertThat(s.freeEnergy()).as("1RSB f vs RS f where RS is unstable (AT = %s)", at)
                    .isGreaterThanOrEqualTo(rs.freeEnergy() - 1e-9);
        }
    }

    private static PointSolver rsTwin(Case k) {
        String n = k.name();
        if (n.startsWith("storage P=4")) return DenseHebbian.storage().p(4).alpha(0.1).beta(k.beta()).rs().solver();
        if (n.startsWith("storage P=2")) return DenseHebbian.storage().p(2).alpha(0.1).beta(k.beta()).rs().solver();
        if (n.startsWith("SK")) return DenseHebbian.sk().beta(k.beta()).rs().solver();
        if (n.startsWith("supervised P=4 r=0.6")) return dev.hebbian.theory.learning.Learning.supervised().p(4).r(0.6).M(10)
                .noise(dev.hebbian.theory.learning.Noise.EXACT).beta(k.beta()).highLoad().alpha(0.05).solver(Ansatz.RS);
        if (n.startsWith("supervised P=4 rho=0.2")) return dev.hebbian.theory.learning.Learning.supervised().p(4).rho(0.2)
                .noise(dev.hebbian.theory.learning.Noise.CLT).beta(k.beta()).highLoad().alpha(0.05).solver(Ansatz.RS);
        return DenseHebbian.pSpin(3).beta(k.beta()).rs().solver();
    }
}
