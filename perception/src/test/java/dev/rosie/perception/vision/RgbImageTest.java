package dev.rosie.perception.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RgbImageTest {
    private static RgbImage gradient(int w, int h) {
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                rgb[(y * w + x) * 3] = (byte) (x * 255 / (w - 1));
                rgb[(y * w + x) * 3 + 1] = (byte) (y * 255 / (h - 1));
            }
        }
        return new RgbImage(w, h, rgb);
    }

    @Test
    void should_crop_inside_the_image_only() {
        RgbImage img = gradient(10, 8);
        RgbImage crop = img.crop(new Box(-3, 2, 6, 100));
        assertThat(crop.width()).isEqualTo(3);
        assertThat(crop.height()).isEqualTo(6);
        assertThat(crop.at(0, 0, 1)).isEqualTo(img.at(0, 2, 1));
    }

    @Test
    void should_keep_a_gradient_monotonic_when_resized() {
        RgbImage big = gradient(40, 20).resize(100, 50);
        for (int x = 1; x < 100; x++) {
            assertThat(big.at(x, 25, 0)).isGreaterThanOrEqualTo(big.at(x - 1, 25, 0));
        }
        RgbImage small = gradient(400, 200).resize(30, 10);
        assertThat(small.at(0, 5, 0)).isLessThan(small.at(29, 5, 0));
    }

    @Test
    void should_say_which_file_is_not_an_image(@TempDir Path dir) throws Exception {
        Path notImage = Files.writeString(dir.resolve("notes.png"), "not a picture");
        assertThatThrownBy(() -> RgbImage.read(notImage)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("notes.png").hasMessageContaining("not a PNG");
        assertThatThrownBy(() -> RgbImage.read(dir.resolve("missing.jpg"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("missing.jpg").hasMessageContaining("no such file");
    }

    @Test
    void should_refuse_pixels_that_do_not_match_the_size() {
        assertThatThrownBy(() -> new RgbImage(2, 2, new byte[5])).hasMessageContaining("needs 12 bytes");
    }
}
