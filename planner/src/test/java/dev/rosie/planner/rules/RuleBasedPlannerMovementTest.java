package dev.rosie.planner.rules;

import static dev.rosie.planner.rules.PlannerFixtures.labels;
import static dev.rosie.planner.rules.PlannerFixtures.plan;
import static dev.rosie.planner.rules.PlannerFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.action.Action;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Going places, docking, stopping, waiting, and sequences of clauses. */
class RuleBasedPlannerMovementTest {

    @ParameterizedTest
    @ValueSource(strings = {"go to the kitchen", "drive to the kitchen", "head into the kitchen", "go over to the kitchen"})
    void should_go_to_the_named_room(String text) {
        assertThat(plan(text).steps()).containsExactly(Action.NavigateTo.named("kitchen"));
    }

    @Test
    void should_pass_going_down_the_stairs_on_unchanged_since_refusing_it_is_the_guards_job() {
        assertThat(plan("go down the stairs").steps()).containsExactly(Action.NavigateTo.named("stairs"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"return to base", "go home", "dock", "go back to the dock", "return to your charger",
            "Rosie, go home!"})
    void should_dock_for_every_way_of_saying_go_home(String text) {
        assertThat(labels(text)).containsExactly("dock");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stop", "Stop!", "halt", "stop cleaning", "emergency stop"})
    void should_stop(String text) {
        assertThat(labels(text)).containsExactly("stop");
    }

    @Test
    void should_keep_clauses_joined_by_then_in_order() {
        assertThat(labels("clean the kitchen then go to the living room"))
                .startsWith("clean_area:kitchen", "navigate_to:living room");
        assertThat(labels("go to the kitchen, then wait 5 seconds and then dock"))
                .containsExactly("navigate_to:kitchen", "wait", "dock");
        assertThat(labels("go to the kitchen; go to the living room; dock"))
                .containsExactly("navigate_to:kitchen", "navigate_to:living room", "dock");
    }

    @Test
    void should_wait_for_the_number_of_seconds_or_minutes_asked() {
        assertThat(plan("wait 5 seconds").steps()).containsExactly(new Action.Wait(Duration.ofSeconds(5)));
        assertThat(plan("wait for 2 minutes").steps()).containsExactly(new Action.Wait(Duration.ofMinutes(2)));
        assertThat(plan("wait 30 minutes").steps()).containsExactly(new Action.Wait(Duration.ofMinutes(30)));
    }

    @Test
    void should_ask_instead_of_waiting_longer_than_the_cap() {
        assertThat(question("wait 45 minutes")).contains("30 minutes");
        assertThat(question("wait 1801 seconds")).contains("30 minutes");
    }

    @Test
    void should_ask_where_when_the_place_is_unknown() {
        assertThat(question("go to the garage")).contains("'garage'").contains("living room, kitchen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"blorp fizzle wump", "the", "make me a sandwich", "42"})
    void should_ask_what_was_meant_for_gibberish(String text) {
        assertThat(question(text)).isNotBlank();
    }

    @Test
    void should_ask_for_the_whole_command_when_any_clause_is_unclear() {
        assertThat(question("clean the kitchen then blorp fizzle")).contains("blorp fizzle");
    }

    @Test
    void should_ask_what_to_do_when_the_text_is_only_the_wake_word_and_politeness() {
        assertThat(question("Rosie, please")).contains("What would you like me to do");
    }

    @Test
    void should_say_the_quoted_words() {
        assertThat(plan("say hello sam").steps()).containsExactly(new Action.Say("hello sam"));
    }
}
