package dev.hebbian.classroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks for classroom assignments: compare a student's answer with the expected value within a
 * tolerance and say, readably, what was expected and what was found. A check never throws, so a
 * student sees every check of a notebook; make it the last expression of a cell to display it.
 * A student's copy that must not show the expected values reports its answers with
 * {@link #submit(String, double)} instead; the teacher's solution copy makes the checks of the same
 * names, and {@code notebook grade --key} compares the two.
 *
 * <p>When the notebook is graded ({@code notebook grade}), every check is also recorded, one JSON
 * line each, in the file named by the system property {@code hebbian.grade.file} (or the variable
 * {@code HEBBIAN_GRADE_FILE}).
 */
public final class Answer {
    private Answer() {}

    public static final String GRADE_FILE_PROPERTY = "hebbian.grade.file";
    public static final String GRADE_FILE_ENV = "HEBBIAN_GRADE_FILE";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The outcome of one check; {@link #toString()} is the message shown to the student. */
    public record Result(String name, boolean passed, String expected, String found, String message) {
        @Override
        public String toString() {
            return message;
        }
    }

    /** Pass when |found - expected| &lt;= tolerance. A NaN answer is "not answered yet". */
    public static Result check(String name, double found, double expected, double tolerance) {
        String exp = fmt(expected) + " ± " + fmt(tolerance);
        if (Double.isNaN(found))
            return record(name, false, exp, "NaN", "✗ " + name + ": no answer yet (NaN); expected " + exp
                    + ". Fill in the cells above and run them again.", numbers(found, expected, tolerance));
        boolean ok = Math.abs(found - expected) <= tolerance;
        String msg = ok ? "✓ " + name + ": " + fmt(found) + " (expected " + exp + ")"
                : "✗ " + name + ": found " + fmt(found) + ", expected " + exp + " (off by " + fmt(Math.abs(found - expected)) + ")";
        return record(name, ok, exp, fmt(found), msg, numbers(found, expected, tolerance));
    }

    /**
     * Report a value under a check name, without an expected value: for a student's copy of an
     * assignment, where the expectation must not be visible. {@code notebook grade --key} compares the
     * value with the teacher's key (a solution notebook's {@link #check(String, double, double, double)}
     * of the same name); on its own the answer is only recorded, never passed.
     */
    public static Result submit(String name, double value) {
        Map<String, Object> nums = new LinkedHashMap<>();
        nums.put("kind", "value");
        nums.put("value", number(value));
        if (Double.isNaN(value))
            return record(name, false, KEY, "NaN", "✗ " + name + ": no answer yet (NaN). Fill in the cells above and run them again.", nums);
        return record(name, false, KEY, fmt(value), "• " + name + ": " + fmt(value) + " (recorded; graded against the teacher's key)", nums);
    }

    /** {@link #submit(String, double)} for an array of values. */
    public static Result submit(String name, double[] values) {
        Map<String, Object> nums = new LinkedHashMap<>();
        nums.put("kind", "values");
        nums.put("values", values == null ? null : numberList(values));
        String found = values == null ? "null" : java.util.Arrays.toString(values);
        return record(name, false, KEY, found, "• " + name + ": " + found + " (recorded; graded against the teacher's key)", nums);
    }

    /** What a value-only answer is compared with. */
    static final String KEY = "(the teacher's key)";

    /** Pass when |found - expected| &lt;= relTolerance * |expected|. */
    public static Result checkRelative(String name, double found, double expected, double relTolerance) {
        return check(name, found, expected, relTolerance * Math.abs(expected));
    }

    /** Pass when the condition holds; {@code what} says what should be true. */
    public static Result check(String name, boolean condition, String what, String found) {
        String msg = condition ? "✓ " + name + ": " + what : "✗ " + name + ": expected " + what + ", found " + found;
        return record(name, condition, what, found, msg, Map.of("kind", "condition"));
    }

    /** Pass when every entry is within the tolerance; the message names the first entry that is not. */
    public static Result check(String name, double[] found, double[] expected, double tolerance) {
        String exp = java.util.Arrays.toString(expected) + " ± " + fmt(tolerance);
        Map<String, Object> nums = new LinkedHashMap<>();
        nums.put("kind", "array");
        nums.put("values", found == null ? null : numberList(found));
        nums.put("expectedValues", numberList(expected));
        nums.put("tolerance", number(tolerance));
        if (found == null || found.length != expected.length)
            return record(name, false, exp, found == null ? "null" : "length " + found.length,
                    "✗ " + name + ": expected " + expected.length + " values, found " + (found == null ? "none" : found.length), nums);
        for (int i = 0; i < found.length; i++) {
            if (!(Math.abs(found[i] - expected[i]) <= tolerance))
                return record(name, false, exp, java.util.Arrays.toString(found), "✗ " + name + ": entry " + i + " is "
                        + fmt(found[i]) + ", expected " + fmt(expected[i]) + " ± " + fmt(tolerance), nums);
        }
        return record(name, true, exp, java.util.Arrays.toString(found), "✓ " + name + ": all " + found.length + " values within " + fmt(tolerance), nums);
    }

    private static Map<String, Object> numbers(double found, double expected, double tolerance) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "number");
        m.put("value", number(found));
        m.put("expectedValue", number(expected));
        m.put("tolerance", number(tolerance));
        return m;
    }

    /** JSON has no NaN: non-finite numbers are written as strings. */
    private static Object number(double v) {
        return Double.isFinite(v) ? (Object) v : Double.toString(v);
    }

    private static java.util.List<Object> numberList(double[] v) {
        java.util.List<Object> l = new java.util.ArrayList<>();
        for (double x : v) l.add(number(x));
        return l;
    }

    private static Result record(String name, boolean passed, String expected, String found, String message, Map<String, Object> numbers) {
        Result r = new Result(name, passed, expected, found, message);
        String file = System.getProperty(GRADE_FILE_PROPERTY);
        if (file == null || file.isBlank()) file = System.getenv(GRADE_FILE_ENV);
        if (file != null && !file.isBlank()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("check", name);
            row.put("passed", passed);
            row.put("expected", expected);
            row.put("found", found);
            row.put("message", message);
            row.putAll(numbers);
            try {
                Files.writeString(Path.of(file), JSON.writeValueAsString(row) + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot record the check in " + file + ": " + e.getMessage(), e);
            }
        }
        return r;
    }

    private static String fmt(double v) {
        if (v == 0 || (Math.abs(v) >= 1e-4 && Math.abs(v) < 1e6)) return String.format(Locale.ROOT, "%.10g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
        return String.format(Locale.ROOT, "%.4e", v);
    }
}
