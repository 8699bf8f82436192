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

import com.fasterxml.jackson.databind.JsonNode;

import dev.hebbian.testing.Packaged;

/**
 * Every assignment in notebooks/assignments has a solutions copy, which is the teacher's key: the
 * packaged jar writes the key from the solutions, each of which runs to the end and passes every
 * check it makes (the key holds the same expected values and tolerances), and the blank copies,
 * graded against that key, run to the end but fail every check. The students' copies report values
 * only ({@code Answer.submit}): they show none of the key's expected values. (That a value meeting
 * the key's expectation passes is {@link GraderTest}'s; grading the solutions a second time against
 * their own key would repeat the key run's own checks.)
 */
@Tag("slow")
class AssignmentsIT {
    static final Path TARGET = Packaged.TARGET;
    static final Path ASSIGNMENTS = Path.of("..", "notebooks", "assignments").toAbsolutePath().normalize();

    static List<String[]> grade(Path dir, String name, Path key) throws Exception {
        Path csv = TARGET.resolve("it-grades-" + name + ".csv");
        Packaged.Proc p = Packaged.toolkit(20, "notebook", "grade", dir.toString(), "--quick", "--key", key.toString(), "--out", csv.toString());
        assertThat(p.code()).as(p.out()).isZero();
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

        // the solutions copies are the key (a solution that fails to run to the end makes this exit non-zero,
        // one that fails a check of its own is named in a warning); the students' copies report values only
        Path key = TARGET.resolve("it-assignments-key.json");
        Packaged.Proc keyRun = Packaged.toolkit(20, "notebook", "grade", ASSIGNMENTS.resolve("solutions").toString(), "--quick",
                "--write-key", key.toString());
        assertThat(keyRun.code()).as(keyRun.out()).isZero();
        assertThat(keyRun.out()).as("every solution passes its own checks").doesNotContain("fails its own check");
        Map<String, int[]> bl = tally(grade(ASSIGNMENTS, "blank", key));
        JsonNode expectations = Packaged.JSON.readTree(key.toFile()).get("notebooks");
        for (String nb : blank) {
            assertThat(expectations.has(nb)).as(nb + " is in the key").isTrue();
            int checks = expectations.get(nb).size();
            assertThat(checks).as(nb + " solutions: checks").isPositive();
            assertThat(keyRun.out()).as(nb + " solutions: every check in the key").contains("key: " + nb + ": " + checks + " checks");
            assertThat(bl.get(nb)[1]).as(nb + " blank: same checks").isEqualTo(checks);
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
