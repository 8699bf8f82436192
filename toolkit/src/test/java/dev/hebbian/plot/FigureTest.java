package dev.hebbian.plot;

import static org.assertj.core.api.Assertions.assertThat;

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
}
