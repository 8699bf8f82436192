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
}
