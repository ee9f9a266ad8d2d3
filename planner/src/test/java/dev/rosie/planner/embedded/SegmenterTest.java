package dev.rosie.planner.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.planner.embedded.Fragment.Boundary;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static List<String> texts(String command) {
        return Segmenter.split(command).stream().map(Fragment::text).toList();
    }

    private static List<Boundary> boundaries(String command) {
        return Segmenter.split(command).stream().map(Fragment::before).toList();
    }

    @Test
    void should_split_at_sequence_words_as_strong_boundaries() {
        assertThat(texts("clean the kitchen and then go back to the dock"))
                .containsExactly("clean the kitchen", "go back to the dock");
        assertThat(texts("vacuum the office, and after that check the laptop"))
                .containsExactly("vacuum the office", "check the laptop");
        assertThat(texts("open the door then clean the hall; afterwards dock"))
                .containsExactly("open the door", "clean the hall", "dock");
        assertThat(boundaries("clean the kitchen then dock")).containsExactly(Boundary.START, Boundary.STRONG);
    }

    @Test
    void should_split_at_sentence_ends() {
        assertThat(texts("Clean the living room. After that, clean the kitchen!"))
                .containsExactly("clean the living room", "clean the kitchen");
    }

    @Test
    void should_split_at_commas_and_bare_and_as_weak_boundaries() {
        assertThat(texts("clean the kitchen, the living room and the hallway"))
                .containsExactly("clean the kitchen", "the living room", "the hallway");
        assertThat(boundaries("clean the kitchen, the living room and the hallway"))
                .containsExactly(Boundary.START, Boundary.WEAK, Boundary.WEAK);
        assertThat(texts("pick up the sock, and put it in the basket")).containsExactly("pick up the sock",
                "put it in the basket");
    }

    @Test
    void should_not_split_next_to_as_a_sequence_word() {
        assertThat(texts("move next to the desk")).containsExactly("move next to the desk");
    }

    @Test
    void should_read_a_transcript_it_before_a_noun_as_its() {
        assertThat(texts("when you are done in the bathroom close it door"))
                .containsExactly("finish up in the bathroom", "close its door");
        assertThat(texts("clean it")).containsExactly("clean it");
    }

    @Test
    void should_cut_a_run_on_transcript_where_the_pauses_were() {
        assertThat(texts("go to the bedroom pick up the sock then come back to the dock"))
                .containsExactly("go to the bedroom", "pick up the sock", "come back to the dock");
        assertThat(texts("go home little robot")).containsExactly("go home");
        assertThat(texts("right then rosie hoover the hall")).containsExactly("hoover the hall");
    }

    @Test
    void should_drop_the_wake_word_politeness_and_leading_fillers() {
        assertThat(texts("Hey Rosie, could you please vacuum the nursery?")).containsExactly("vacuum the nursery");
        assertThat(texts("first open the balcony door, then clean the balcony"))
                .containsExactly("open the balcony door", "clean the balcony");
        assertThat(texts("I'd like you to go home")).containsExactly("go home");
    }

    @Test
    void should_treat_dashes_and_ellipses_as_pauses() {
        assertThat(texts("clean the nursery - not the nursery, the office"))
                .containsExactly("clean the nursery", "not the nursery", "the office");
        assertThat(texts("clean the nursery... actually, go to the office"))
                .containsExactly("clean the nursery", "actually", "go to the office");
    }

    @Test
    void should_keep_apostrophes_inside_words_and_drop_quote_marks() {
        assertThat(texts("say 'I'm home' to the baby's room")).containsExactly("say i'm home to the baby's room");
    }

    @Test
    void should_return_nothing_for_text_that_is_only_fillers() {
        assertThat(texts("please, rosie")).isEmpty();
    }

    @Test
    void should_keep_prohibitions_and_descriptions_as_context_not_orders() {
        List<Fragment> f = Segmenter.split("clean the office, stay out of the nursery, sam's asleep");
        assertThat(f).extracting(Fragment::isAction).containsExactly(true, false, false);
        assertThat(Segmenter.split("don't move")).extracting(Fragment::isAction).containsExactly(true);
    }

    @Test
    void should_read_what_follows_an_instruction_about_the_speaker_or_the_mess_as_context() {
        assertThat(Segmenter.split("quit vacuuming, i'm on a phone call")).extracting(Fragment::isAction)
                .containsExactly(true, false);
        assertThat(Segmenter.split("do the kitchen floor, it's sticky over by the trash bin")).extracting(Fragment::isAction)
                .containsExactly(true, false);
        assertThat(Segmenter.split("take a look at the toy car, is it broken?")).extracting(Fragment::isAction)
                .containsExactly(true, false);
        // Alone, a description may be the request; and a wish is a request.
        assertThat(Segmenter.split("i spilled something in the kitchen")).extracting(Fragment::isAction).containsExactly(true);
        assertThat(Segmenter.split("go to the office, i'd like the kitchen cleaned")).extracting(Fragment::isAction)
                .containsExactly(true, true);
    }

    @Test
    void should_drop_politeness_and_the_robot_addressed_by_what_it_is() {
        assertThat(texts("Could you please, if it isn't too much trouble, give the living room a once-over?"))
                .containsExactly("give the living room a once-over");
        assertThat(texts("Go home, little robot.")).containsExactly("go home");
    }

    @Test
    void should_read_after_you_finish_as_two_steps_in_order() {
        assertThat(texts("After you finish the office, tell me you're done."))
                .containsExactly("finish the office", "tell me you're done");
        assertThat(texts("When you're done in the bathroom, close its door."))
                .containsExactly("finish up in the bathroom", "close its door");
        assertThat(boundaries("after you finish the office, dock")).containsExactly(Boundary.START, Boundary.STRONG);
    }

    @Test
    void should_read_go_to_bed_as_going_to_sleep_but_keep_the_bed_itself() {
        assertThat(texts("shut it all down and go to bed")).containsExactly("shut it all down", "go to sleep");
        assertThat(texts("go to the bed")).containsExactly("go to the bed");
    }
}
