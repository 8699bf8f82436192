package dev.hebbian.cli;

import java.io.PrintStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * Prints results of CLI commands in the chosen {@link Format}. A record of results is an ordered
 * map from field name to value (numbers, booleans, strings, arrays of numbers).
 */
public final class Output {
    private Output() {}

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT); // Jackson 2 writes NaN and Infinity as strings

    /** The shared JSON mapper (pretty-printing, NaN written as a string). */
    public static ObjectMapper json() {
        return JSON;
    }

    /** Print one record. */
    public static void print(Map<String, ?> fields, Format format, PrintStream out) {
        switch (format) {
            case json -> out.println(toJson(fields));
            case csv -> printCsv(List.of(fields), out);
            case text -> fields.forEach((k, v) -> out.println(k + ": " + textOf(v)));
        }
    }

    /** Print several records (one JSON array, one CSV table, or text blocks). */
    public static void print(List<? extends Map<String, ?>> rows, Format format, PrintStream out) {
        switch (format) {
            case json -> out.println(toJson(rows));
            case csv -> printCsv(rows, out);
            case text -> {
                for (Map<String, ?> r : rows) {
                    print(r, Format.text, out);
                    out.println();
                }
            }
        }
    }

    /** Print a Tablesaw table. */
    public static void print(Table table, Format format, PrintStream out) {
        switch (format) {
            case csv -> {
                StringWriter w = new StringWriter();
                table.write().usingOptions(CsvWriteOptions.builder(w).build());
                out.print(w);
            }
            case json -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = 0; i < table.rowCount(); i++) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (var c : table.columns()) row.put(c.name(), c.get(i));
                    rows.add(row);
                }
                out.println(toJson(rows));
            }
            case text -> out.println(table.printAll());
        }
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static void printCsv(List<? extends Map<String, ?>> rows, PrintStream out) {
        if (rows.isEmpty()) return;
        out.println(String.join(",", rows.get(0).keySet()));
        for (Map<String, ?> r : rows) {
            List<String> cells = new ArrayList<>();
            for (Object v : r.values()) cells.add(csvCell(textOf(v)));
            out.println(String.join(",", cells));
        }
    }

    private static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) return "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }

    private static String textOf(Object v) {
        if (v instanceof double[] a) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < a.length; i++) b.append(i == 0 ? "" : " ").append(a[i]);
            return b.toString();
        }
        if (v instanceof int[] a) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < a.length; i++) b.append(i == 0 ? "" : " ").append(a[i]);
            return b.toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < l.size(); i++) b.append(i == 0 ? "" : " ").append(l.get(i));
            return b.toString();
        }
        return String.valueOf(v);
    }
}
