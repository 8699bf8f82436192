package dev.hebbian.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import dev.hebbian.notebook.MimeBundle;
import dev.hebbian.notebook.Progress;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The renderers {@link KernelDisplay} registers, against the kernels' own display APIs: IJava's
 * jupyter-jvm-basekernel 2.3.0 {@code Renderer}, JJava's {@code Renderer}, rapaio 3.0.1's
 * {@code DisplaySystem}; and that outside a kernel registration finds nothing.
 */
class KernelDisplayTest {
    static Table table() {
        return Table.create("t", StringColumn.create("phase", "retrieval", "spin <glass>"),
                DoubleColumn.create("m", 0.97, 0.0));
    }

    static XYChart chart() {
        XYChart c = new XYChartBuilder().width(200).height(120).title("m(T)").build();
        c.addSeries("m", new double[] {0, 1}, new double[] {1, 0});
        return c;
    }

    static BufferedImage image() {
        return new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    }

    static boolean isPng(Object base64) {
        byte[] b = Base64.getDecoder().decode(String.valueOf(base64));
        return b.length > 8 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    @AfterEach
    void pngAgain() {
        MimeBundle.svgCharts(false);
    }

    @Test
    void outsideAKernelNothingIsRegistered() {
        assertThat(KernelDisplay.register()).isEmpty();
    }

    @Test
    void ijavaBaseKernelRendererShowsTablesAsHtmlAndChartsAndImagesAsPng() throws Exception {
        var renderer = new io.github.spencerpark.jupyter.kernel.display.Renderer();
        KernelDisplay.registerOnRenderer(renderer);

        var t = renderer.render(table());
        assertThat((String) t.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_HTML))
                .startsWith("<table>").contains("<th>phase</th>").contains("spin &lt;glass&gt;");
        assertThat((String) t.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN))
                .contains("retrieval");

        var c = renderer.render(chart());
        assertThat(isPng(c.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.IMAGE_PNG))).isTrue();
        assertThat((String) c.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN))
                .doesNotContain("@");

        var i = renderer.render(image());
        assertThat(isPng(i.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.IMAGE_PNG))).isTrue();

        MimeBundle.svgCharts(true);
        var svg = renderer.render(chart());
        assertThat((String) svg.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.IMAGE_SVG))
                .contains("<svg");
    }

    @Test
    void jjavaRendererShowsTablesAsHtmlAndChartsAsPng() throws Exception {
        var renderer = new org.dflib.jjava.jupyter.kernel.display.Renderer();
        KernelDisplay.registerOnRenderer(renderer);
        var t = renderer.render(table());
        assertThat((String) t.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_HTML)).contains("<td>0.97</td>");
        var c = renderer.render(chart());
        assertThat(isPng(c.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.IMAGE_PNG))).isTrue();
    }

    @Test
    void rapaioDisplaySystemShowsTablesAsHtmlAndChartsAsPng() throws Exception {
        var system = org.rapaio.jupyter.kernel.display.DisplaySystem.inst();
        KernelDisplay.registerOnRapaio(system);
        var t = system.render(table());
        assertThat((String) t.data().get("text/html")).startsWith("<table>");
        assertThat((String) t.data().get("text/plain")).contains("retrieval");
        var c = system.render(chart());
        assertThat(isPng(c.data().get("image/png"))).isTrue();
        var i = system.render(image());
        assertThat(isPng(i.data().get("image/png"))).isTrue();
        // other values keep the kernel's own rendering, and a jar added later keeps the toolkit's
        assertThat(system.render(42).data()).containsValue("42").doesNotContainKey("image/png");
        system.refreshSpiDisplayHandlers();
        assertThat(system.render(table()).data()).containsKey("text/html");
        // a requested type gives that type (and text/plain) only
        assertThat(system.render("text/plain", table()).data()).doesNotContainKey("text/html");
    }

    @Test
    void aProgressClosedEarlyWhileInterruptedSaysSoOnTheStreamItStartedWith() {
        ByteArrayOutputStream cell = new ByteArrayOutputStream();
        PrintStream old = System.err;
        String saved = System.getProperty(Progress.PROPERTY);
        System.setProperty(Progress.PROPERTY, "true");
        Progress p;
        try {
            System.setErr(new PrintStream(cell, true, StandardCharsets.UTF_8));
            p = Progress.start("RS phase diagram", 40);
        } finally {
            System.setErr(old); // the kernel puts its own stream back before the task is closed
        }
        try {
            p.stepBy(12);
            Thread.currentThread().interrupt();
            p.close();
        } finally {
            Thread.interrupted();
            if (saved == null) System.clearProperty(Progress.PROPERTY);
            else System.setProperty(Progress.PROPERTY, saved);
        }
        assertThat(cell.toString(StandardCharsets.UTF_8)).contains("RS phase diagram interrupted after 12 of 40 steps");
    }

    @Test
    void anInterruptFromAnotherThreadIsReportedBeforeInterruptReturns() throws Exception {
        ByteArrayOutputStream cell = new ByteArrayOutputStream();
        PrintStream old = System.err;
        String saved = System.getProperty(Progress.PROPERTY);
        System.setProperty(Progress.PROPERTY, "true");
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch interrupted = new java.util.concurrent.CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try (Progress p = Progress.start("Monte Carlo (4 samples)", 4)) {
                p.step();
                started.countDown();
                interrupted.await();
            } catch (InterruptedException e) {
                // the computation's own exception, which a kernel drops
            }
        });
        try {
            System.setErr(new PrintStream(cell, true, StandardCharsets.UTF_8));
            worker.start();
            started.await();
            worker.interrupt();
            // printed by the interrupting thread, before interrupt() returned
            assertThat(cell.toString(StandardCharsets.UTF_8)).contains("Monte Carlo (4 samples) interrupted after 1 of 4 steps");
            worker.join(5000);
            assertThat(cell.toString(StandardCharsets.UTF_8).split("interrupted after", -1)).hasSize(2); // once
        } finally {
            System.setErr(old);
            if (saved == null) System.clearProperty(Progress.PROPERTY);
            else System.setProperty(Progress.PROPERTY, saved);
        }
    }

    @Test
    void aTaskThatFinishesSaysNothingAndLeavesTheThreadAlone() {
        ByteArrayOutputStream cell = new ByteArrayOutputStream();
        PrintStream old = System.err;
        String saved = System.getProperty(Progress.PROPERTY);
        System.setProperty(Progress.PROPERTY, "true");
        try {
            System.setErr(new PrintStream(cell, true, StandardCharsets.UTF_8));
            try (Progress p = Progress.start("grid", 3)) {
                p.stepBy(3);
            }
            Thread.currentThread().interrupt(); // a later interruption is not the task's
            assertThat(Thread.interrupted()).isTrue();
        } finally {
            System.setErr(old);
            if (saved == null) System.clearProperty(Progress.PROPERTY);
            else System.setProperty(Progress.PROPERTY, saved);
        }
        assertThat(cell.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
