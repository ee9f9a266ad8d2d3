package dev.rosie.planner.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VectorsTest {

    @Test
    void should_average_only_unmasked_tokens_then_normalise() {
        float[] hidden = {1, 0, 3, 0, 100, 100};
        float[] v = Vectors.meanPoolNormalised(hidden, new long[] {1, 1, 0}, 2);
        // mean of (1,0) and (3,0) is (2,0); the padded (100,100) must not count
        assertThat(v[0]).isEqualTo(1f);
        assertThat(v[1]).isEqualTo(0f);
    }

    @Test
    void should_give_unit_vectors_and_dot_products() {
        float[] v = Vectors.normalised(new float[] {3, 4});
        assertThat(Vectors.dot(v, v)).isCloseTo(1.0, within(1e-6));
        assertThat(v[0]).isCloseTo(0.6f, within(1e-6f));
        assertThat(Vectors.normalised(new float[] {0, 0})).containsExactly(0f, 0f);
    }

    @Test
    void should_reject_mismatched_shapes() {
        assertThatThrownBy(() -> Vectors.dot(new float[2], new float[3])).hasMessageContaining("different sizes");
        assertThatThrownBy(() -> Vectors.meanPoolNormalised(new float[3], new long[] {1, 1}, 2))
                .hasMessageContaining("fewer than");
        assertThatThrownBy(() -> Vectors.meanPoolNormalised(new float[4], new long[] {0, 0}, 2))
                .hasMessageContaining("no token");
    }
}
