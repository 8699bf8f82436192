package dev.hebbian.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarsTest {
    @Test
    void barsSaveTheirValuesAsCsvInTheToolkitStyle(@TempDir Path dir) throws Exception {
        Bars b = Bars.of("Overlaps, K = 3", "pattern k", "m_k", List.of("1", "2", "3")).columns("k", "m_k");
        b.series("hierarchical, d = 0.3", new double[] {0.7, 0.21, 0.063}, Palette.series(0));
        b.series("parallel", new double[] {0.4, 0.4, 0.4}, Palette.series(1));
        b.saveTo(dir, "bars");
        assertThat(dir.resolve("bars.png")).exists();
        assertThat(dir.resolve("bars.svg")).exists();
        List<String> csv = Files.readAllLines(dir.resolve("bars.csv"));
        assertThat(csv.get(0)).isEqualTo("series,k,m_k");
        assertThat(csv).contains("\"hierarchical, d = 0.3\",2,0.2100000000", "parallel,3,0.4000000000").hasSize(7);
        assertThat(b.chart().getStyler().getChartBackgroundColor()).isEqualTo(java.awt.Color.WHITE);
        assertThatThrownBy(() -> b.series("short", new double[] {1}, Palette.series(2))).hasMessageContaining("1 values for 3");
    }

    @Test
    void aLongBarChartTitleIsShrunkBesideAWideLegend() {
        Bars b = Bars.of("R9 (theory end points): the losses of every pattern at both dilutions and dataset entropies, quick mode",
                "pattern μ", "L_μ", List.of("1", "2", "3"));
        b.series("d = 0.3, ρ = 0.0 (HIERARCHICAL), a long legend entry", new double[] {0.23, 0.68, 0.72}, Palette.series(0));
        b.series("d = 0.6, ρ = 0.2 (PARALLEL), a long legend entry", new double[] {0.42, 0.42, 0.42}, Palette.series(1));
        java.awt.image.BufferedImage img = b.image();
        int edge = 0;
        for (int y = 0; y < 40; y++)
            for (int x = 0; x < img.getWidth(); x++) {
                java.awt.Color c = new java.awt.Color(img.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 200 && (x < 4 || x >= img.getWidth() - 4)) edge++;
            }
        assertThat(edge).isZero();
        assertThat(b.chart().getStyler().getChartTitleFont().getSize()).isLessThan(17);
    }
}
