package dev.rosie.planner.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunOnsTest {

    @Test
    void should_cut_before_an_instruction_verb_after_a_noun_phrase() {
        assertThat(RunOns.cut("go to the bedroom pick up the sock")).isEqualTo("go to the bedroom, pick up the sock");
        assertThat(RunOns.cut("open the bathroom door clean the bathroom")).isEqualTo("open the bathroom door, clean the bathroom");
        assertThat(RunOns.cut("stop right there go back to your dock")).isEqualTo("stop right there, go back to your dock");
        assertThat(RunOns.cut("clean the kitchen dock")).isEqualTo("clean the kitchen, dock");
        assertThat(RunOns.cut("forget the kitchen do the hallway instead")).isEqualTo("forget the kitchen, do the hallway instead");
        assertThat(RunOns.cut("what do you see")).isEqualTo("what do you see");
    }

    @Test
    void should_not_cut_where_a_word_leads_into_the_verb() {
        assertThat(RunOns.cut("help me clean the kitchen")).isEqualTo("help me clean the kitchen");
        assertThat(RunOns.cut("go look at the plant")).isEqualTo("go look at the plant");
        assertThat(RunOns.cut("go back to the dock")).isEqualTo("go back to the dock");
        assertThat(RunOns.cut("don't move")).isEqualTo("don't move");
        assertThat(RunOns.cut("stay put for two minutes")).isEqualTo("stay put for two minutes");
        assertThat(RunOns.cut("take a look at the toy car")).isEqualTo("take a look at the toy car");
    }

    @Test
    void should_not_cut_before_a_verb_that_ends_the_sentence_as_a_particle() {
        assertThat(RunOns.cut("pull the front door shut")).isEqualTo("pull the front door shut");
        assertThat(RunOns.cut("clean the office stop")).isEqualTo("clean the office, stop");
    }

    @Test
    void should_never_cut_the_words_of_a_message() {
        assertThat(RunOns.cut("tell alex come to the kitchen")).isEqualTo("tell alex come to the kitchen");
        assertThat(RunOns.cut("after you finish the office tell me you are done"))
                .isEqualTo("after you finish the office, tell me you are done");
    }

    @Test
    void should_cut_before_a_correction_but_not_inside_one() {
        assertThat(RunOns.cut("clean the nursery no wait the office")).isEqualTo("clean the nursery, no wait the office");
        assertThat(RunOns.cut("clean the nursery, no wait, the office")).isEqualTo("clean the nursery, no wait, the office");
        assertThat(RunOns.cut("go to the kitchen or rather the office")).isEqualTo("go to the kitchen, or rather the office");
        assertThat(RunOns.cut("clean the office not the nursery")).isEqualTo("clean the office, not the nursery");
    }

    @Test
    void should_not_read_ordinary_words_as_corrections() {
        assertThat(RunOns.cut("there is no dust in the kitchen")).isEqualTo("there is no dust in the kitchen");
        assertThat(RunOns.cut("it's not the kitchen")).isEqualTo("it's not the kitchen");
        assertThat(RunOns.cut("clean not the nursery but the office")).isEqualTo("clean not the nursery but the office");
    }

    @Test
    void should_cut_before_a_remark_after_an_instruction() {
        assertThat(RunOns.cut("do the hallway i tracked mud in")).isEqualTo("do the hallway, i tracked mud in");
        assertThat(RunOns.cut("do the kitchen floor it's sticky")).isEqualTo("do the kitchen floor, it's sticky");
        assertThat(RunOns.cut("take a look at the toy car is it broken")).isEqualTo("take a look at the toy car, is it broken");
        assertThat(RunOns.cut("look at the bottle under the sink is the cap on"))
                .isEqualTo("look at the bottle under the sink, is the cap on");
    }
}
