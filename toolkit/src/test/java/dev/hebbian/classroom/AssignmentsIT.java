package dev.hebbian.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every assignment in notebooks/assignments has a solutions copy, which is the teacher's key: graded
 * with the packaged jar against that key, the solutions pass every check, and the blank copies run
 * to the end but fail every check. The students' copies report values only ({@code Answer.submit}):
 * they show none of the key's expected values.
 */
@Tag("slow")
class AssignmentsIT {
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final Path ASSIGNMENTS = Path.of("..", "notebooks", "assignments").toAbsolutePath().normalize();

    static int toolkit(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TARGET.resolve("toolkit.jar").toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }

    static List<String[]> grade(Path dir, String name, Path key) throws Exception {
        Path csv = TARGET.resolve("it-grades-" + name + ".csv");
        assertThat(toolkit("notebook", "grade", dir.toString(), "--quick", "--key", key.toString(), "--out", csv.toString())).isZero();
        tech.tablesaw.api.Table t = tech.tablesaw.api.Table.read().csv(
                tech.tablesaw.io.csv.CsvReadOptions.builder(csv.toFile()).columnTypesToDetect(
                        List.of(tech.tablesaw.api.ColumnType.STRING)).build());
        List<String[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++)
            rows.add(new String[] {t.getString(i, "notebook"), t.getString(i, "check"), t.getString(i, "passed")});
        return rows;
    }

    static TreeSet<String> notebooks(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".ipynb")).map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void solutionsPassEveryCheckAndBlankCopiesFailThem() throws Exception {
        TreeSet<String> blank = notebooks(ASSIGNMENTS), solved = notebooks(ASSIGNMENTS.resolve("solutions"));
        assertThat(blank).as("assignments").hasSizeGreaterThanOrEqualTo(1);
        assertThat(solved).as("every assignment has a solutions copy").isEqualTo(blank);

        // the solutions copies are the key; the students' copies report values only
        Path key = TARGET.resolve("it-assignments-key.json");
        assertThat(toolkit("notebook", "grade", ASSIGNMENTS.resolve("solutions").toString(), "--quick", "--write-key", key.toString())).isZero();
        Map<String, int[]> sol = tally(grade(ASSIGNMENTS.resolve("solutions"), "solutions", key));
        Map<String, int[]> bl = tally(grade(ASSIGNMENTS, "blank", key));
        var expectations = new com.fasterxml.jackson.databind.ObjectMapper().readTree(key.toFile()).get("notebooks");
        for (String nb : blank) {
            assertThat(sol.get(nb)[1]).as(nb + " solutions: checks").isPositive();
            assertThat(sol.get(nb)[0]).as(nb + " solutions: checks passed").isEqualTo(sol.get(nb)[1]);
            assertThat(sol.get(nb)[2]).as(nb + " solutions ran to the end").isEqualTo(1);
            assertThat(bl.get(nb)[1]).as(nb + " blank: same checks").isEqualTo(sol.get(nb)[1]);
            assertThat(bl.get(nb)[0]).as(nb + " blank: checks passed").isZero();
            assertThat(bl.get(nb)[2]).as(nb + " blank copy runs to the end").isEqualTo(1);
            String copy = Files.readString(ASSIGNMENTS.resolve(nb));
            assertThat(copy).as(nb + ": the student's copy makes no check with an expected value").doesNotContain("Answer.check(");
            for (var row : expectations.get(nb)) {
                double v = row.path("expectedValue").asDouble(Double.NaN);
                if (!Double.isFinite(v)) continue;
                java.math.BigDecimal b = new java.math.BigDecimal(v).round(new java.math.MathContext(4, java.math.RoundingMode.DOWN));
                if (b.unscaledValue().abs().compareTo(java.math.BigInteger.valueOf(1000)) < 0) continue; // fewer than 4 digits
                assertThat(copy).as(nb + " does not show the key's value of " + row.path("check").asText()).doesNotContain(b.toPlainString());
            }
        }
    }

    /** notebook -> {checks passed, checks, ran to the end}. */
    static Map<String, int[]> tally(List<String[]> rows) {
        Map<String, int[]> t = new TreeMap<>();
        for (String[] r : rows) {
            int[] c = t.computeIfAbsent(r[0], k -> new int[3]);
            boolean passed = Boolean.parseBoolean(r[2]);
            if (r[1].equals("(run)")) c[2] = passed ? 1 : 0;
            else {
                c[1]++;
                if (passed) c[0]++;
            }
        }
        return t;
    }
}
