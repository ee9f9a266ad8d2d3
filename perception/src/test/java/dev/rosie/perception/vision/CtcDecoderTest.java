package dev.rosie.perception.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CtcDecoderTest {
    /** Classes: 0 blank, 1 'a', 2 'b', 3 space. */
    private final CtcDecoder decoder = new CtcDecoder(List.of("a", "b"));

    private static float[] steps(int... best) {
        float[] p = new float[best.length * 4];
        for (int t = 0; t < best.length; t++) {
            for (int c = 0; c < 4; c++) {
                p[t * 4 + c] = c == best[t] ? 0.9f : 0.1f / 3;
            }
        }
        return p;
    }

    @Test
    void should_merge_repeats_and_drop_blanks() {
        CtcDecoder.Decoded d = decoder.decode(steps(1, 1, 0, 1, 2, 2, 0, 0), 8);
        assertThat(d.text()).isEqualTo("aab");
        assertThat(d.confidence()).isCloseTo(0.9, within(1e-6));
    }

    @Test
    void should_read_the_class_after_the_dictionary_as_a_space() {
        assertThat(decoder.classCount()).isEqualTo(4);
        assertThat(decoder.decode(steps(1, 3, 2), 3).text()).isEqualTo("a b");
    }

    @Test
    void should_return_nothing_when_every_step_is_blank() {
        CtcDecoder.Decoded d = decoder.decode(steps(0, 0, 0), 3);
        assertThat(d.text()).isEmpty();
        assertThat(d.confidence()).isZero();
    }

    @Test
    void should_refuse_output_that_does_not_fit_the_dictionary() {
        assertThatThrownBy(() -> decoder.decode(new float[10], 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wrong dictionary");
    }
}
