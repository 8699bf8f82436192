package dev.hebbian.notebook;

import static dev.hebbian.testing.Packaged.JSON;
import static dev.hebbian.testing.Packaged.TARGET;
import static dev.hebbian.testing.Packaged.data;
import static dev.hebbian.testing.Packaged.errors;
import static dev.hebbian.testing.Packaged.imageCells;
import static dev.hebbian.testing.Packaged.tail;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import dev.hebbian.testing.Packaged;
import dev.hebbian.testing.Packaged.Proc;

/**
 * The product end to end, on the packaged jar: every notebook of {@code notebooks/} runs in quick mode
 * through {@code reproduce}, a broken notebook makes the runner exit non-zero naming the cell, and
 * (where Jupyter is installed; always on CI) every notebook runs unchanged through
 * {@code jupyter nbconvert --execute} in the rapaio kernel installed by {@code kernel install}, with an
 * image wherever the embedded runner produced one. The kernel runs go on in a background thread while
 * {@code reproduce} runs (two processes, one per core of a 2-core CI machine: each run is mostly
 * single-threaded), and their results are checked against the embedded runner's once both are done.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("slow")
class NotebooksIT {
    static final Path NOTEBOOKS = Path.of("..", "notebooks").toAbsolutePath().normalize();
    static final Path REPRODUCED = TARGET.resolve("it-reproduce");

    static List<Path> notebooks() throws IOException {
        try (Stream<Path> s = Files.list(NOTEBOOKS)) {
            return s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    /** The notebooks' kernel runs, started by the first test (when Jupyter is installed), one result per notebook. */
    private static Future<Map<Path, Proc>> kernelRuns;
    private static ExecutorService background;

    /** Start every notebook's nbconvert run in the rapaio kernel, in notebook order, on a background thread. */
    private static void startKernelRuns() {
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "nbconvert");
            t.setDaemon(true);
            return t;
        });
        kernelRuns = background.submit(() -> {
            Map<Path, Proc> out = new LinkedHashMap<>();
            for (Path nb : notebooks()) out.put(nb, Packaged.nbconvert(nb, NBCONVERT, 1200, 30));
            return out;
        });
        displayRun = background.submit(() -> Packaged.nbconvert(DISPLAY_CHECK, DISPLAY_OUT, 300, 10));
    }

    static final Path DISPLAY_CHECK = Path.of("src", "test", "resources", "display", "display-check.ipynb").toAbsolutePath();
    static final Path DISPLAY_OUT = TARGET.resolve("it-display");
    /** The display check's kernel run, after the notebooks' on the same background thread. */
    private static Future<Proc> displayRun;

    @AfterAll
    static void stopKernelRuns() {
        if (background != null) background.shutdownNow();
    }

    static final Path NBCONVERT = TARGET.resolve("it-nbconvert");

    @Test
    @Order(1)
    void everyNotebookRunsInQuickModeThroughReproduce() throws Exception {
        if (Packaged.jupyterInstalled()) startKernelRuns();
        Proc p = Packaged.toolkit(30, "reproduce", "--quick", "--out", REPRODUCED.toString(), "--notebooks", NOTEBOOKS.toString());
        assertThat(p.code()).as(p.out()).isZero();
        for (Path nb : notebooks()) {
            String stem = nb.getFileName().toString().replace(".ipynb", "");
            JsonNode executed = JSON.readTree(REPRODUCED.resolve(stem + ".ipynb").toFile());
            assertThat(errors(executed)).as(stem).isEmpty();
            assertThat(imageCells(executed)).as(stem + " has figures").isNotEmpty();
            try (Stream<Path> files = Files.list(REPRODUCED.resolve(stem))) {
                assertThat(files.map(f -> f.getFileName().toString())).as(stem + " saved figures")
                        .anyMatch(f -> f.endsWith(".png")).anyMatch(f -> f.endsWith(".svg"));
            }
        }
    }

    @Test
    @Order(2)
    void aBrokenNotebookMakesTheRunnerExitNonZeroNamingTheCell() throws Exception {
        Path broken = TARGET.resolve("it-broken.ipynb");
        Files.writeString(broken, """
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
                 "cells": [
                  {"cell_type": "markdown", "metadata": {}, "source": ["# broken"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": null, "outputs": [], "source": ["int a = 1;"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": null, "outputs": [], "source": ["a.nonsense()"]}
                 ]}
                """);
        Proc p = Packaged.toolkit(5, "notebook", "run", broken.toString(), "--quick", "--out", TARGET.resolve("it-broken-out").toString());
        assertThat(p.code()).as(p.out()).isEqualTo(1);
        assertThat(p.out()).contains("it-broken.ipynb: cell 2").contains("a.nonsense()");
    }

    @Test
    @Order(3)
    void everyNotebookRunsUnchangedInTheRapaioKernelThroughNbconvert() throws Exception {
        Packaged.assumeJupyter("the notebooks");
        if (kernelRuns == null) startKernelRuns(); // this test run alone
        Map<Path, Proc> runs = kernelRuns.get(); // each run has its own 30-minute limit
        assertThat(runs.keySet()).containsExactlyElementsOf(notebooks());
        Path out = NBCONVERT;
        for (Path nb : notebooks()) {
            String stem = nb.getFileName().toString().replace(".ipynb", "");
            Proc run = runs.get(nb);
            assertThat(run.code()).as(stem + " in the rapaio kernel:\n" + tail(run.out())).isZero();
            JsonNode kernel = JSON.readTree(out.resolve(stem + ".ipynb").toFile());
            assertThat(errors(kernel)).as(stem).isEmpty();
            JsonNode embedded = JSON.readTree(REPRODUCED.resolve(stem + ".ipynb").toFile());
            assertThat(imageCells(kernel)).as(stem + ": cells with image/png in the kernel vs the embedded runner")
                    .containsAll(imageCells(embedded));
        }
    }

    @Test
    @Order(4)
    void tablesChartsAndImagesDisplayInTheRapaioKernel() throws Exception {
        Packaged.assumeJupyter("the display check");
        Path out = DISPLAY_OUT;
        Proc run = displayRun != null ? displayRun.get() : Packaged.nbconvert(DISPLAY_CHECK, out, 300, 10);
        assertThat(run.code()).as("display check in the rapaio kernel:\n" + tail(run.out())).isZero();
        JsonNode executed = JSON.readTree(out.resolve("display-check.ipynb").toFile());
        assertThat(errors(executed)).isEmpty();
        JsonNode cells = executed.get("cells");
        assertThat(data(cells.get(2))).as("a Table").containsKeys("text/html", "text/plain");
        assertThat(data(cells.get(2)).get("text/html").toString()).contains("<th>phase</th>").contains("spin glass");
        assertThat(data(cells.get(3))).as("an XYChart").containsKey("image/png");
        assertThat(data(cells.get(3)).get("text/plain").toString()).doesNotContain("XYChart@");
        assertThat(data(cells.get(4))).as("a BufferedImage").containsKey("image/png");
    }
}
