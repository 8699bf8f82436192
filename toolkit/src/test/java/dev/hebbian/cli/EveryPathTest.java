package dev.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.hebbian.DenseHebbian;
import dev.hebbian.theory.Ansatz;
import dev.hebbian.theory.Solution;
import dev.hebbian.theory.PhaseDiagram;

/**
 * One point reached by every path the toolkit offers gives the same numbers, digit for digit: the fluent API
 * ({@code DenseHebbian.storage()...solve()}), its {@code PointSolver}, a phase-diagram cell, {@code solve} and
 * {@code sweep} on the command line. The physical state is selected by one rule (docs/storage.md#phase-selection).
 * The points include three temperatures just above the P = 4, alpha = 0.1 retrieval spinodal (T_fold =
 * 0.927024), where the retrieval seed does not converge and the paramagnet is the physical state.
 */
class EveryPathTest {

    @ParameterizedTest(name = "P={0} alpha={1} T={2} {3}")
    @CsvSource({
            "4, 0.1, 0.3, rs", "4, 0.1, 0.9271, rs", "4, 0.1, 0.92705, rs", "4, 0.1, 0.9280, rs", "4, 0.3, 0.1, rs",
            "2, 0.05, 0.3, rs", "2, 0.1, 0.3, rs", "4, 0.1, 0.3, 1rsb"})
    void everyPathGivesTheSamePoint(int p, double alpha, double t, String ansatz, @TempDir Path dir) throws Exception {
        Ansatz a = Ansatz.parse(ansatz);
        Solution fluent = DenseHebbian.storage().p(p).alpha(alpha).temperature(t).ansatz(a).solve();
        assertThat(fluent.converged()).isTrue();
        Solution solver = DenseHebbian.storage().p(p).alpha(alpha).temperature(t).ansatz(a).solver().solve();
        assertThat(solver).isEqualTo(fluent);

        PhaseDiagram d = PhaseDiagram.compute(p, a, new double[] {alpha}, new double[] {t},
                (al, tt) -> DenseHebbian.storage().p(p).alpha(al).temperature(tt).ansatz(a).solver(), al -> null, false);
        var g = d.grid();
        assertThat(g.stringColumn("phase").get(0)).isEqualTo(fluent.branch().label());
        assertThat(g.doubleColumn("m").get(0)).isEqualTo(fluent.m());
        assertThat(g.doubleColumn("freeEnergy").get(0)).isEqualTo(fluent.freeEnergy());
        assertThat(g.booleanColumn("converged").get(0)).isTrue();

        ReplicaCommandsTest.Run r = ReplicaCommandsTest.run("solve", "--model", "storage", "--P", "" + p, "--alpha", "" + alpha,
                "--T", "" + t, "--ansatz", ansatz, "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = ReplicaCommandsTest.json(r);
        assertThat(j.get("branch").asText()).isEqualTo(fluent.branch().label());
        assertThat(j.get("m").asDouble()).isEqualTo(fluent.m());
        assertThat(j.get("freeEnergy").asDouble()).isEqualTo(fluent.freeEnergy());

        Path out = dir.resolve("grid.csv");
        r = ReplicaCommandsTest.run("sweep", "--model", "storage", "--P", "" + p, "--alpha", "" + alpha, "--T", "" + t,
                "--ansatz", ansatz, "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(out);
        List<String> header = List.of(rows.get(0).split(","));
        String[] row = rows.get(1).split(",");
        assertThat(row[header.indexOf("phase")]).isEqualTo(fluent.branch().label());
        assertThat(Double.parseDouble(row[header.indexOf("m")])).isEqualTo(fluent.m());
        assertThat(Double.parseDouble(row[header.indexOf("freeEnergy")])).isEqualTo(fluent.freeEnergy());
    }

    @ParameterizedTest(name = "{0} P={1} T=0 {2}")
    @CsvSource({"storage, 4, rs", "storage, 4, 1rsb", "storage, 2, rs", "storage, 2, 1rsb", "sk, 2, 1rsb", "pspin, 3, 1rsb"})
    void zeroTemperatureGivesItsOwnQuantitiesAndNoNaN(String model, int p, String ansatz) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("solve", "--model", model, "--T", "0", "--ansatz", ansatz, "--format", "json"));
        if (!model.equals("sk")) args.addAll(List.of("--P", "" + p));
        if (model.equals("storage")) args.addAll(List.of("--alpha", "0.1"));
        ReplicaCommandsTest.Run r = ReplicaCommandsTest.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("NaN").doesNotContain("Infinity");
        JsonNode j = ReplicaCommandsTest.json(r);
        assertThat(j.has("pressure")).as("A diverges at T = 0").isFalse();
        assertThat(j.get("pressureOverBeta").asDouble()).isEqualTo(-j.get("freeEnergy").asDouble());
        assertThat(j.get("converged").asBoolean()).isTrue();
        if (ansatz.equals("1rsb")) {
            assertThat(j.get("theta").asDouble()).as("theta = Theta T = 0").isZero();
            assertThat(j.get("Theta").isNumber()).as("Theta is a finite number").isTrue();
        }
    }
}
