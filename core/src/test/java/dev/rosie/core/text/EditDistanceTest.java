package dev.rosie.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void should_count_substitutions_deletions_and_insertions_between_strings() {
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.between("front door", "front-door")).isEqualTo(1);
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.between("abc", "")).isEqualTo(3);
        assertThat(EditDistance.between("same", "same")).isZero();
    }

    @Test
    void should_count_whole_elements_between_word_lists() {
        assertThat(EditDistance.between(List.of("go", "to", "the", "kitchen"), List.of("go", "the", "kitchen", "now")))
                .isEqualTo(2);
        assertThat(EditDistance.between(List.of(), List.of("stop"))).isEqualTo(1);
    }
}
