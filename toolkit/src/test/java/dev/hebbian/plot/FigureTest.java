package dev.hebbian.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYSeries;

class FigureTest {
    @Test
    void aNaNSplitsALineIntoTwoSegmentsUnderOneLegendEntry() {
        Figure f = Figure.of("split", "α", "T");
        f.line("T_SG", new double[] {0, 1, 2, 3, 4}, new double[] {1, 2, Double.NaN, 4, 5}, Palette.ofP(4));
        List<XYSeries> series = List.copyOf(f.chart().getSeriesMap().values());
        assertThat(series).hasSize(2);
        assertThat(series.get(0).getXData()).containsExactly(0, 1);
        assertThat(series.get(1).getXData()).containsExactly(3, 4);
        assertThat(series.stream().filter(XYSeries::isShowInLegend).count()).isEqualTo(1);
        assertThat(series.get(1).getLineColor()).isEqualTo(series.get(0).getLineColor());
        assertThat(f.legendEntries()).isEqualTo(1);
    }

    @Test
    void aDashedLineIsDrawnThroughFewerPointsAndTheCsvKeepsThemAll() {
        Figure f = Figure.of("dashed", "T", "m");
        double[] x = Grids.range(0, 1, 200), y = x.clone();
        XYSeries s = f.line("m", x, y, Palette.ofP(4), Palette.DASHED);
        assertThat(s.getXData()).hasSize(Figure.DASHED_POINTS);
        assertThat(s.getXData()[0]).isEqualTo(0);
        assertThat(s.getXData()[Figure.DASHED_POINTS - 1]).isEqualTo(1);
        assertThat(f.csv().split("\n")).hasSize(201);
        assertThat(f.line("solid", x, y, Palette.ofP(4)).getXData()).hasSize(200);
    }

    @Test
    void anIsolatedPointBetweenTwoGapsIsADot() {
        Figure f = Figure.of("dot", "α", "E");
        XYSeries s = f.line("E", new double[] {0, 1, 2}, new double[] {Double.NaN, 1, Double.NaN}, Palette.ofP(4));
        assertThat(s.getXData()).containsExactly(1);
        assertThat(s.getMarker()).isNotNull();
        assertThat(s.getMarker()).isNotEqualTo(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
    }

    @Test
    void coloursAreStablePerP() {
        assertThat(Palette.ofP(4)).isEqualTo(Palette.ofP(4));
        assertThat(Palette.ofP(2)).isNotEqualTo(Palette.ofP(4));
        assertThat(Palette.ofP(4)).isNotEqualTo(Palette.ofP(6));
        assertThat(Palette.ofRho(0.2)).isEqualTo(Palette.ofRho(0.2)).isNotEqualTo(Palette.ofRho(1));
        // the line drawn for P = 4 in two different figures has the same colour
        XYSeries a = Figure.of("a", "T", "m").line("P = 4", new double[] {0, 1}, new double[] {1, 0}, Palette.ofP(4));
        XYSeries b = Figure.of("b", "α", "T").line("P = 4", new double[] {0, 1}, new double[] {1, 0}, Palette.ofP(4));
        assertThat(a.getLineColor()).isEqualTo(b.getLineColor());
    }

    @Test
    void theCsvBesideTheFigureHasThePlottedData(@TempDir Path dir) throws Exception {
        Figure f = Figure.of("Dense network", "α", "T").columns("alpha", "T");
        f.line("T_SG", new double[] {0.1, 0.2, 0.3}, new double[] {0.5, Double.NaN, 0.7}, Palette.ofP(4));
        f.mc("MC", new double[] {0.1}, new double[] {0.45}, new double[] {0.01}, 4000, 3, Palette.ofP(4));
        f.saveTo(dir, "fig");
        assertThat(dir.resolve("fig.png")).exists();
        assertThat(dir.resolve("fig.svg")).exists();
        List<String> csv = Files.readAllLines(dir.resolve("fig.csv"));
        assertThat(csv.get(0)).isEqualTo("series,alpha,T,stderr,N,samples");
        assertThat(csv).contains("T_SG,0.1,0.5,NaN,0,0", "T_SG,0.3,0.7,NaN,0,0", "MC, N = 4000, 3 samples,0.1,0.45,0.01,4000,3"
                .replace("MC, N = 4000, 3 samples", "\"MC, N = 4000, 3 samples\""));
        assertThat(csv).hasSize(4);
    }

    @Test
    void regionLabelsAreDrawnAndNotPartOfTheCsv(@TempDir Path dir) throws Exception {
        Figure f = Figure.of("phases", "α", "T").columns("alpha", "T");
        f.line("spinodal", new double[] {0, 0.4, 0.4}, new double[] {1, 0.5, 0}, Palette.ofP(4));
        java.awt.image.BufferedImage plain = f.image();
        f.label("R", 0.1, 0.3).label("para", 0.3, 0.9);
        assertThat(f.labels()).containsExactly("R", "para");
        java.awt.image.BufferedImage labelled = f.saveTo(dir, "phases");
        int differ = 0;
        for (int x = 0; x < plain.getWidth(); x++)
            for (int y = 0; y < plain.getHeight(); y++) if (plain.getRGB(x, y) != labelled.getRGB(x, y)) differ++;
        assertThat(differ).isGreaterThan(20); // the labels are painted
        assertThat(Files.readAllLines(dir.resolve("phases.csv"))).hasSize(4);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.label("SG", Double.NaN, 0.1)).hasMessageContaining("SG");
    }

    @Test
    void labelsAreUnicodeAndColumnsAscii() {
        assertThat(Labels.m(1)).isEqualTo("m₁");
        assertThat(Labels.ascii("α")).isEqualTo("alpha");
        assertThat(Labels.ascii("m₁")).isEqualTo("m1");
        assertThat(Labels.ascii("T = 1/β")).isEqualTo("T");
    }

    @Test
    void gridsIncludeBothEnds() {
        assertThat(Grids.range(0, 1, 5)).containsExactly(0, 0.25, 0.5, 0.75, 1);
        double[] g = Grids.logGrid(1, 100, 3);
        assertThat(g[0]).isEqualTo(1);
        assertThat(g[1]).isCloseTo(10, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(g[2]).isEqualTo(100);
    }

    @Test
    void agreementComputesZWithAFloor() {
        Agreement a = new Agreement("t");
        a.add("F1", "p", 0.51, 0.0001, 0.5);
        a.add("F1", "q", 0.5, Double.NaN, 0.5);
        assertThat(a.rows().get(0).z()).isCloseTo(10, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.rows().get(1).z()).isNaN();
        assertThat(a.table().rowCount()).isEqualTo(2);
        assertThat(a.summary()).contains("2 points");
    }

    @Test
    void panelsWriteOneImageOneSvgPerPanelAndOneCsv(@TempDir Path dir) throws Exception {
        Figure a = Figure.of("P = 2", "M", "m"), b = Figure.of("P = 4", "M", "m");
        a.line("RS", new double[] {1, 2}, new double[] {0.3, 0.4}, Palette.ofP(2));
        b.line("RS", new double[] {1, 2}, new double[] {0.5, 0.6}, Palette.ofP(4));
        java.awt.image.BufferedImage img = Panels.row(a, b).saveTo(dir, "two");
        assertThat(img.getWidth()).isEqualTo(2 * Figure.WIDTH);
        assertThat(dir.resolve("two.png")).exists();
        assertThat(dir.resolve("two-a.svg")).exists();
        assertThat(dir.resolve("two-b.svg")).exists();
        assertThat(Files.readAllLines(dir.resolve("two.csv"))).containsExactly("panel,series,M,m,stderr,N,samples",
                "a,RS,1,0.3,NaN,0,0", "a,RS,2,0.4,NaN,0,0", "b,RS,1,0.5,NaN,0,0", "b,RS,2,0.6,NaN,0,0");
    }

    @Test
    void seriesWithoutALegendEntryAreNamedInTheCsvAfterWhatTheyAre(@TempDir Path dir) throws Exception {
        Figure f = Figure.of("F3", "T", "m").columns("T", "m");
        f.line("ρ = 0.5", new double[] {0, 1}, new double[] {1, 0.5}, Palette.ofRho(0.5));
        f.line(null, new double[] {1, 2}, new double[] {0.5, 0.4}, Palette.ofRho(0.5), Palette.DASHED);   // its metastable part
        f.line(null, new double[] {0, 2}, new double[] {0.1, 0.1}, Color.BLACK, Palette.DASHED);          // nothing of its colour
        f.line(null, new double[] {0, 2}, new double[] {0.2, 0.2}, Color.BLACK, Palette.DASHED);
        f.mc(null, new double[] {0.5}, new double[] {0.9}, new double[] {0.01}, 100, 3, Palette.ofRho(0.5));
        XYSeries fit = f.line("fit m∞ + b/N", new double[] {0, 1}, new double[] {0.95, 0.9}, Palette.ofRho(0.5), Palette.DASHED);
        f.unlisted("fit m∞ + b/N");
        f.line("fit, dashed", new double[] {0, 1}, new double[] {0.8, 0.7}, Color.GRAY, Palette.DASHED);
        f.csvName("fit, dashed", "fit, T = 0.23");
        assertThat(fit.isShowInLegend()).isFalse();
        assertThat(f.legendEntries()).isEqualTo(2);
        f.saveTo(dir, "named");
        List<String> csv = Files.readAllLines(dir.resolve("named.csv"));
        assertThat(csv).noneMatch(l -> l.contains("no legend") || l.contains("series "));
        assertThat(csv).contains("ρ = 0.5 (dashed),1,0.5,NaN,0,0", "m (dashed),0,0.1,NaN,0,0", "m (dashed) 2,0,0.2,NaN,0,0",
                "ρ = 0.5 (MC),0.5,0.9,0.01,100,3", "fit m∞ + b/N,0,0.95,NaN,0,0", "\"fit, T = 0.23\",1,0.7,NaN,0,0");
        assertThat(csv).noneMatch(l -> l.startsWith("\"fit, dashed"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.unlisted("nothing")).hasMessageContaining("nothing");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.csvName("nothing", "x")).hasMessageContaining("nothing");
    }

    @Test
    void panelsWithDifferentColumnsWriteOneCsvPerPanel(@TempDir Path dir) throws Exception {
        Figure a = Figure.of("losses", "M", "loss"), b = Figure.of("energy", "M", "H / N").columns("M", "H_over_N");
        a.line("test loss", new double[] {1, 2}, new double[] {0.7, 0.5}, Color.BLACK);
        b.line("H/N", new double[] {1, 2}, new double[] {-0.5, -0.4}, Color.BLACK);
        Panels.row(a, b).saveTo(dir, "two");
        assertThat(dir.resolve("two.csv")).doesNotExist();
        assertThat(Files.readAllLines(dir.resolve("two-a.csv"))).containsExactly("series,M,loss,stderr,N,samples",
                "test loss,1,0.7,NaN,0,0", "test loss,2,0.5,NaN,0,0");
        assertThat(Files.readAllLines(dir.resolve("two-b.csv")).get(0)).isEqualTo("series,M,H_over_N,stderr,N,samples");
        assertThat(Panels.letter(0)).isEqualTo("a");
        assertThat(Panels.letter(26)).isEqualTo("aa");
    }

    @Test
    void aLongTitleIsNotClippedByAWideLegend() {
        String title = "F5b: P = 4 at high load, α = 0.05, ρ = 0.1, M = 10, exact law of the class average, quick mode";
        Figure f = Figure.of(title, "temperature T", "Mattis magnetisation m");
        for (int k = 0; k < 4; k++)
            f.mc("Monte Carlo with a long legend entry, K = " + (1000 * k + 267), new double[] {0.2, 0.4}, new double[] {0.9, 0.8},
                    new double[] {0.01, 0.01}, 40 + 20 * k, 6, Palette.series(k));
        java.awt.image.BufferedImage img = f.image();
        // the title band: dark pixels present, none in the first or last columns (a clipped title touches the edge)
        int top = 0, bottom = 40, dark = 0, edge = 0;
        for (int y = top; y < bottom; y++)
            for (int x = 0; x < img.getWidth(); x++) {
                Color c = new Color(img.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 200) {
                    dark++;
                    if (x < 4 || x >= img.getWidth() - 4) edge++;
                }
            }
        assertThat(dark).isGreaterThan(100);
        assertThat(edge).isZero();
        assertThat(f.titleRoom()).isGreaterThan(0);
        assertThat(f.styler().getChartTitleFont().getSize()).isLessThan(17);
    }

    @Test
    void rhoColoursAreFarFromEveryPColour() {
        double[] rhos = {0, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2};
        for (double rho : rhos)
            for (int P : new int[] {2, 3, 4, 6, 8, 10})
                assertThat(deltaE(Palette.ofRho(rho), Palette.ofP(P))).as("ρ = %s against P = %d", rho, P).isGreaterThan(30);
        for (int i = 0; i + 1 < rhos.length; i++)
            assertThat(deltaE(Palette.ofRho(rhos[i]), Palette.ofRho(rhos[i + 1]))).as("ρ = %s against ρ = %s", rhos[i], rhos[i + 1]).isGreaterThan(15);
    }

    @Test
    void sequentialColoursAreFarFromEveryPColourAndFromEachOther() {
        for (int k = 0; k <= 100; k++) {
            Color c = Palette.sequential(k / 100.0);
            for (int P : new int[] {2, 3, 4, 6, 8, 10})
                assertThat(deltaE(c, Palette.ofP(P))).as("t = %s against P = %d", k / 100.0, P).isGreaterThan(30);
            for (Color ref : new Color[] {Color.BLACK, Color.GRAY, new Color(110, 110, 110)})
                assertThat(deltaE(c, ref)).as("t = %s against the reference grey %s", k / 100.0, ref).isGreaterThan(30);
        }
        for (int n = 2; n <= 6; n++)
            for (int i = 0; i + 1 < n; i++)
                assertThat(deltaE(Palette.sequential(i / (n - 1.0)), Palette.sequential((i + 1) / (n - 1.0))))
                        .as("%d evenly spaced values, neighbours %d and %d", n, i, i + 1).isGreaterThan(18);
        assertThat(Palette.sequential(-1)).isEqualTo(Palette.sequential(0));
        assertThat(Palette.sequential(2)).isEqualTo(Palette.sequential(1));
        assertThatThrownBy(() -> Palette.sequential(Double.NaN)).hasMessageContaining("t must be in [0, 1]");
    }

    /** CIE76 colour difference of two sRGB colours (D65). */
    static double deltaE(Color a, Color b) {
        double[] p = lab(a), q = lab(b);
        return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
    }

    static double[] lab(Color c) {
        double[] v = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) v[i] = v[i] <= 0.04045 ? v[i] / 12.92 : Math.pow((v[i] + 0.055) / 1.055, 2.4);
        double x = (0.4124 * v[0] + 0.3576 * v[1] + 0.1805 * v[2]) / 0.95047, y = 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2],
                z = (0.0193 * v[0] + 0.1192 * v[1] + 0.9505 * v[2]) / 1.08883;
        java.util.function.DoubleUnaryOperator f = t -> t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
        return new double[] {116 * f.applyAsDouble(y) - 16, 500 * (f.applyAsDouble(x) - f.applyAsDouble(y)), 200 * (f.applyAsDouble(y) - f.applyAsDouble(z))};
    }
}
