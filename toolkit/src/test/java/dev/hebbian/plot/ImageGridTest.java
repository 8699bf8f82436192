package dev.hebbian.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

class ImageGridTest {
    @Test
    void plusOneIsWhiteMinusOneIsBlackAndGreyInBetween() {
        byte[] tile = {1, -1, -1, 1};
        BufferedImage img = ImageGrid.of(2, 2).columns(1).scale(1).add("a", tile).add("b", new double[] {0, 0, 0, 0}).image();
        // first tile starts at (pad, pad) = (6, 6) without title and row labels
        assertThat(img.getRGB(6, 6) & 0xffffff).isEqualTo(0xffffff);
        assertThat(img.getRGB(7, 6) & 0xffffff).isEqualTo(0x000000);
        assertThat(img.getRGB(6, 7) & 0xffffff).isEqualTo(0x000000);
        assertThat(img.getRGB(7, 7) & 0xffffff).isEqualTo(0xffffff);
        // second tile (one column: next row of tiles) is mid grey: round(255 * 0.5) = 128
        int y2 = 6 + 2 + 16 + 6;
        assertThat(img.getRGB(6, y2) & 0xff).isEqualTo(128);
    }

    @Test
    void rejectsTilesOfTheWrongSize() {
        assertThatThrownBy(() -> ImageGrid.of(28, 28).add("x", new byte[10]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 784");
    }

    @Test
    void rejectsBadParameters() {
        assertThatThrownBy(() -> ImageGrid.of(0, 28)).hasMessageContaining("rows");
        assertThatThrownBy(() -> ImageGrid.of(28, 28).columns(0)).hasMessageContaining("columns");
    }
}
