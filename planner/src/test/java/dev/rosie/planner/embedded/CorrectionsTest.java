package dev.rosie.planner.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Corrections work on names and wording alone, so these run without the model. */
class CorrectionsTest {
    private final Vocabulary vocabulary = new Vocabulary(Homes.flat(), Glossary.standard());
    private final Corrections corrections = new Corrections(vocabulary, new Phrases(SkillBook.standard()));

    private List<String> actions(String command) {
        return corrections.apply(Segmenter.split(command)).stream().filter(Fragment::isAction).map(Fragment::text)
                .toList();
    }

    private List<String> context(String command) {
        return corrections.apply(Segmenter.split(command)).stream().filter(f -> !f.isAction()).map(Fragment::text)
                .toList();
    }

    @Test
    void should_replace_the_last_name_when_a_bare_name_follows_a_correction_word() {
        assertThat(actions("clean the nursery, no wait, the office")).containsExactly("clean the office");
        assertThat(actions("go to the kitchen, actually, the hallway")).containsExactly("go to the hallway");
        assertThat(actions("vacuum the nursery, sorry, I mean the living room")).containsExactly("vacuum the living room");
        assertThat(actions("go to the hallway, no, make that the kitchen")).containsExactly("go to the kitchen");
        assertThat(actions("go to the kitchen, or rather the office")).containsExactly("go to the office");
    }

    @Test
    void should_prefer_a_name_of_the_same_kind_when_replacing() {
        assertThat(actions("put the sock in the office, no, the kitchen")).containsExactly("put the sock in the kitchen");
        assertThat(actions("pick up the sock, no, the laptop")).containsExactly("pick up the laptop");
    }

    @Test
    void should_replace_a_negated_name_with_the_one_after_it() {
        assertThat(actions("clean the nursery - not the nursery, the office")).containsExactly("clean the office");
        assertThat(actions("clean the kitchen and the nursery, no, not the nursery, the office"))
                .containsExactly("clean the kitchen", "the office");
    }

    @Test
    void should_drop_a_negated_name_with_no_replacement() {
        assertThat(actions("clean the office, not the nursery")).containsExactly("clean the office");
    }

    @Test
    void should_rewrite_not_but_and_instead_of_inside_a_piece() {
        assertThat(actions("clean not the nursery but the office")).containsExactly("clean the office");
        assertThat(actions("clean the kitchen instead of the hallway")).containsExactly("clean the kitchen");
        assertThat(actions("actually, clean the hallway instead")).containsExactly("clean the hallway");
    }

    @Test
    void should_replace_the_whole_instruction_when_a_new_one_follows_a_correction_word() {
        assertThat(actions("open the front door, actually, close it")).containsExactly("close it");
        assertThat(context("open the front door, actually, close it")).contains("open the front door");
    }

    @Test
    void should_drop_everything_said_before_scratch_that() {
        assertThat(actions("clean the kitchen and the nursery. Scratch that, go to the office"))
                .containsExactly("go to the office");
        assertThat(actions("clean the nursery... actually, never mind, go to the office"))
                .containsExactly("go to the office");
    }

    @Test
    void should_treat_a_lone_wait_before_a_correction_as_hesitation() {
        assertThat(actions("clean the living room, wait, I meant the kitchen")).containsExactly("clean the kitchen");
    }

    @Test
    void should_leave_a_plain_wait_instruction_alone() {
        assertThat(actions("wait, then clean the kitchen")).containsExactly("wait", "clean the kitchen");
    }

    // Corrections said in one breath, as a recogniser writes them (no commas anywhere): each is read
    // exactly as its punctuated twin above. Before the run-on cuts, the robot cleaned both rooms of
    // "clean the nursery no wait the office".

    @Test
    void should_replace_the_last_name_when_a_correction_runs_on_without_a_pause() {
        assertThat(actions("clean the nursery no wait the office")).containsExactly("clean the office");
        assertThat(actions("go to the kitchen actually the hallway")).containsExactly("go to the hallway");
        assertThat(actions("vacuum the nursery sorry i mean the living room")).containsExactly("vacuum the living room");
        assertThat(actions("go to the hallway no make that the kitchen")).containsExactly("go to the kitchen");
        assertThat(actions("go to the kitchen or rather the office")).containsExactly("go to the office");
        assertThat(actions("pick up the sock no the laptop")).containsExactly("pick up the laptop");
        assertThat(actions("clean the living room wait i meant the kitchen")).containsExactly("clean the kitchen");
        assertThat(actions("go to the kitchen no hang on the office")).containsExactly("go to the office");
    }

    @Test
    void should_replace_a_negated_name_said_without_a_pause() {
        assertThat(actions("clean the nursery not the nursery the office")).containsExactly("clean the office");
        assertThat(actions("clean the kitchen and the nursery no not the nursery the office"))
                .containsExactly("clean the kitchen", "the office");
        assertThat(actions("clean the office not the nursery")).containsExactly("clean the office");
    }

    @Test
    void should_keep_only_the_name_after_no_just() {
        assertThat(actions("clean the bedroom and the office no just the office")).containsExactly("clean the office");
        assertThat(actions("clean the bedroom, the kitchen and the office, no, only the kitchen"))
                .containsExactly("clean the kitchen");
    }

    @Test
    void should_drop_everything_before_scratch_that_or_never_mind_without_a_pause() {
        assertThat(actions("go to the bedroom scratch that go to the kitchen")).containsExactly("go to the kitchen");
        assertThat(actions("clean the nursery actually never mind go to the office")).containsExactly("go to the office");
        assertThat(actions("look at the sock never mind that check the front door")).containsExactly("check the front door");
    }
}
