package dev.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Inputs a new user or a mischievous student might try: each gets one clear line and exit code 2, fast. */
class BadInputCliTest {
    @TempDir
    Path tmp;

    static ToolkitCliTest.Run run(String... args) {
        return ToolkitCliTest.runResult(args);
    }

    static void refused(ToolkitCliTest.Run r, String... says) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        for (String s : says) assertThat(r.err()).contains(s);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void sweepCountsPointsInLongAndRefusesHugeGridsWithAnEstimate() {
        long t0 = System.nanoTime();
        refused(run("sweep", "--alpha", "0:0.4:65536", "--T", "0.1:1:65536"), "4294967296 points", "--force", "hours");
        refused(run("sweep", "--alpha", "0:0.4:50000", "--T", "0.1:1:50000"), "2500000000 points");
        refused(run("sweep", "--alpha", "0:0.4:100000", "--T", "0.1:1:100000"), "10000000000 points");
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(30);
    }

    @Test
    void sweepParseErrorsNameTheOptionAndTheAcceptedForms() {
        refused(run("sweep", "--alpha", ",", "--T", "0.5"), "--alpha", "FROM:TO:N");
        refused(run("sweep", "--alpha", "0.1", "--T", "1:2"), "--T", "FROM:TO:N");
        refused(run("sweep", "--alpha", "0.1", "--T", "a,b"), "--T");
    }

    @Test
    void sweepChecksItsOutputsBeforeComputingAndHonoursTheFormat() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        long t0 = System.nanoTime();
        refused(run("sweep", "--alpha", "0:0.4:200", "--T", "0.05:1:200", "--out", file.resolve("g.csv").toString()), "--out", "g.csv");
        assertThat((System.nanoTime() - t0) / 1e9).as("refused before computing 40000 points").isLessThan(10);
        refused(run("sweep", "--alpha", "0.1", "--T", "0.5", "--lines", file.resolve("l.csv").toString()), "--lines");
        Path f = tmp.resolve("f");
        ToolkitCliTest.Run r = run("sweep", "--P", "4", "--alpha", "0.1", "--T", "0.5", "--format", "json", "--out", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(f.toFile());
        assertThat(j.isArray()).isTrue();
        assertThat(j.get(0).has("alpha")).isTrue();
    }

    @Test
    void hugeMSwitchesToTheCentralLimitLawOrIsRefused() {
        long t0 = System.nanoTime();
        ToolkitCliTest.Run s = run("solve", "--model", "supervised", "--P", "4", "--r", "0.5", "--M", "2000000000",
                "--alpha", "0", "--T", "0.3", "--format", "json");
        assertThat(s.code()).as(s.err()).isZero();
        assertThat(s.out()).contains("\"noise\" : \"clt\"");
        ToolkitCliTest.Run c = run("capacity", "--model", "unsupervised", "--P", "4", "--r", "0.5", "--M", "10000000", "--format", "json");
        assertThat(c.code()).as(c.err()).isZero();
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(30);
        refused(run("solve", "--model", "supervised", "--P", "4", "--r", "0.5", "--M", "2000000000", "--noise", "exact",
                "--alpha", "0", "--T", "0.3"), "M = 2000000000", "--noise clt");
    }

    @Test
    void optionsThatDoNotApplyAreRejected() {
        refused(run("solve", "--model", "storage", "--r", "0.5", "--K", "3"), "does not apply to --model storage");
        refused(run("simulate", "--model", "storage", "--N", "20", "--K", "1", "--r", ".5", "--M", "3"),
                "--r does not apply to --model storage");
        refused(run("sweep", "--model", "sk", "--alpha", "0.1,0.2", "--T", "0.5"), "--alpha does not apply to --model sk");
    }

    @Test
    void simulateNeedsPAtMostNAndAtLeastOneArchetype() {
        refused(run("simulate", "--N", "3", "--P", "4", "--K", "1"), "P = 4", "N = 3");
        refused(run("simulate", "--N", "50", "--P", "100", "--K", "1"), "P = 100", "N = 50");
        refused(run("simulate", "--N", "10", "--P", "2", "--alpha", "0.001"), "--alpha 0.001", "K must be >= 1");
    }

    @Test
    void simulateNamesSamplesWhenThereAreTooMany() {
        refused(run("simulate", "--N", "10", "--K", "1", "--samples", "2000000000"), "samples = 2000000000");
    }

    @Test
    void learningModelsHaveNoHiddenLoadOrTemperature() {
        refused(run("solve", "--model", "supervised", "--P", "4", "--r", "0.6", "--M", "10", "--T", "0.471"), "--alpha is required");
        refused(run("solve", "--model", "supervised", "--P", "4", "--r", "0.6", "--M", "10", "--alpha", "0"), "--T is required");
        ToolkitCliTest.Run help = ToolkitCliTest.run("solve", "--help");
        assertThat(help.out()).contains("default 0.1").contains("default 0.3").contains("(default: 4)");
    }

    @Test
    void zeroTemperatureSolutionsPrintNoNaNPressure() throws Exception {
        ToolkitCliTest.Run r = run("solve", "--model", "sk", "--T", "0", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.has("pressure")).isFalse();
        assertThat(j.get("groundStateEnergy").asDouble()).isEqualTo(j.get("freeEnergy").asDouble());
        assertThat(r.out()).doesNotContain("NaN");
    }

    @Test
    void theCliFormatsSolutionsItself() throws Exception {
        String src = Files.readString(Path.of("src/main/java/dev/hebbian/cli/SolveCommand.java"));
        assertThat(src).doesNotContain(".fields()");
    }

    @Test
    void gradeRangeChecksTheCellTimeout() {
        refused(run("notebook", "grade", tmp.toString(), "--cell-timeout", "10000000000000000", "--out", tmp.resolve("g.csv").toString()),
                "--cell-timeout", "10000000000000000");
        refused(run("notebook", "grade", tmp.toString(), "--cell-timeout", "0"), "--cell-timeout");
    }

    /** A notebook whose first cell leaves a marker file, then takes a minute. */
    Path slowNotebook(Path dir, Path marker) throws Exception {
        Files.createDirectories(dir);
        String cell = "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker.toAbsolutePath().toString().replace("\\", "\\\\")
                + "\"), \"ran\");\nThread.sleep(60_000);";
        String nb = "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": [{\"cell_type\": \"code\", \"metadata\": {}, "
                + "\"execution_count\": null, \"outputs\": [], \"source\": " + com.fasterxml.jackson.databind.node.TextNode.valueOf(cell) + "}]}";
        return Files.writeString(dir.resolve("slow.ipynb"), nb);
    }

    @Test
    void notebookRunAndReproduceCheckTheirOutputFolderBeforeRunningAnything() throws Exception {
        Path marker = tmp.resolve("marker");
        Path nb = slowNotebook(tmp.resolve("nbs"), marker);
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        long t0 = System.nanoTime();
        refused(run("notebook", "run", nb.toString(), "--out", file.resolve("sub").toString()), "--out", "a-file");
        refused(run("notebook", "run", nb.toString(), "--out", file.toString()), "--out", "is a file");
        refused(run("reproduce", "--notebooks", tmp.resolve("nbs").toString(), "--out", file.resolve("sub").toString()), "--out");
        assertThat((System.nanoTime() - t0) / 1e9).as("refused before the one-minute cell").isLessThan(20);
        assertThat(marker).as("no cell ran").doesNotExist();
    }

    @Test
    void notebookLimitsAreRangeChecked() throws Exception {
        Path nb = slowNotebook(tmp.resolve("nbs"), tmp.resolve("marker"));
        refused(run("notebook", "run", nb.toString(), "--cell-timeout", "10000000000000000"), "--cell-timeout", "10000000000000000", "[1, 10000000]");
        refused(run("notebook", "run", nb.toString(), "--max-output", "0"), "--max-output");
        refused(run("reproduce", "--notebooks", tmp.resolve("nbs").toString(), "--cell-timeout", "10000000000000000"), "--cell-timeout");
        refused(run("reproduce", "--notebooks", tmp.resolve("nbs").toString(), "--cell-timeout", "-1"), "--cell-timeout");
        assertThat(tmp.resolve("marker")).doesNotExist();
        assertThat(ToolkitCliTest.run("notebook", "run", "--help").out()).contains("--cell-timeout").contains("(default: 3600)")
                .contains("--max-output").contains("(default: " + dev.hebbian.notebook.NotebookRunner.DEFAULT_MAX_OUTPUT + ")");
        assertThat(ToolkitCli.commandLine().getSubcommands().get("reproduce").getUsageMessage()).contains("(default: 7200)");
    }

    @Test
    void theCanonicalLoadNeverRoundsKUpFromZero() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dev.hebbian.simulation.CanonicalLoad.patterns(4, 0.001, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha = 0.001").hasMessageContaining("N = 10").hasMessageContaining("P = 4")
                .hasMessageContaining("K = round(0.08333) = 0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dev.hebbian.simulation.CanonicalLoad.patterns(2, 0, 100))
                .hasMessageContaining("alpha = 0.0");
        assertThat(dev.hebbian.simulation.CanonicalLoad.patterns(4, 0.012, 10)).isEqualTo(1);
        assertThat(dev.hebbian.simulation.CanonicalLoad.patterns(2, 0.05, 100)).isEqualTo(5);
    }

    @Test
    void allowUnconvergedPrintsTheSolutionInsteadOfFailing() {
        java.util.Map<String, Object> f = new java.util.LinkedHashMap<>();
        f.put("model", "storage");
        f.put("converged", false);
        f.put("residual", 0.01);
        assertThat(SolveCommand.convergedOrAllowed(f, true)).containsEntry("converged", false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SolveCommand.convergedOrAllowed(f, false))
                .hasMessageContaining("did not converge").hasMessageContaining("--allow-unconverged");
        f.put("converged", true);
        assertThat(SolveCommand.convergedOrAllowed(f, false)).isSameAs(f);
        assertThat(ToolkitCliTest.run("solve", "--help").out()).contains("--allow-unconverged");
    }

    @Test
    void theTheoryLayerHasNoCliFormatting() throws Exception {
        assertThat(dev.hebbian.theory.Capacity.class.getMethods()).noneMatch(m -> m.getName().equals("fields"));
        assertThat(Files.readString(Path.of("src/main/java/dev/hebbian/cli/CapacityCommand.java"))).doesNotContain(".fields()");
        java.util.Map<String, Object> f = SolutionFields.of(new dev.hebbian.theory.Capacity(4, dev.hebbian.theory.Ansatz.RS, 0.5, 0.9, 1e-6));
        assertThat(f.keySet()).containsExactly("P", "ansatz", "alphaC", "mC", "tolerance");
    }
}
