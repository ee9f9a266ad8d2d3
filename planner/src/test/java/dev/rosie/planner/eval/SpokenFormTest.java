package dev.rosie.planner.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpokenFormTest {

    @Test
    void should_drop_punctuation_and_case_but_keep_apostrophes_inside_words() {
        assertThat(SpokenForm.of("Clean the kitchen, then dock. Don't wake Sam!"))
                .isEqualTo("clean the kitchen then dock don't wake sam");
        assertThat(SpokenForm.of("Take a look at the toy car - is it broken?")).isEqualTo("take a look at the toy car is it broken");
        assertThat(SpokenForm.of("the 'sock', \u201cplease\u201d")).isEqualTo("the sock please");
    }

    @Test
    void should_write_numbers_and_times_as_words() {
        assertThat(SpokenForm.of("wait 5 minutes")).isEqualTo("wait five minutes");
        assertThat(SpokenForm.of("wait 45 seconds")).isEqualTo("wait forty five seconds");
        assertThat(SpokenForm.of("at 10:30")).isEqualTo("at ten thirty");
        assertThat(SpokenForm.of("at 7:05 or 9:00")).isEqualTo("at seven oh five or nine");
        assertThat(SpokenForm.of("go 1.5 metres")).isEqualTo("go one point five metres");
        assertThat(SpokenForm.of("120")).isEqualTo("one hundred twenty");
    }
}
