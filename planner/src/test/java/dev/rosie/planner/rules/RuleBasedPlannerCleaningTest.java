package dev.rosie.planner.rules;

import static dev.rosie.planner.rules.PlannerFixtures.labels;
import static dev.rosie.planner.rules.PlannerFixtures.plan;
import static dev.rosie.planner.rules.PlannerFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.CleanMode;
import dev.rosie.core.action.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cleaning commands: which rooms, in what mode, and docking afterwards. */
class RuleBasedPlannerCleaningTest {

    @Test
    void should_clean_the_kitchen_and_then_dock_when_addressed_by_name() {
        Plan plan = plan("Rosie, clean the kitchen");

        assertThat(plan.labels()).containsExactly("clean_area:kitchen", "dock");
        assertThat(plan.steps().getFirst()).isEqualTo(new Action.CleanArea("kitchen", CleanMode.NORMAL));
        assertThat(plan.rationale()).startsWith("rule-based:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean the kitchen", "vacuum the kitchen", "please clean the kitchen!",
            "Hey Rosie, could you vacuum the kitchen?", "CLEAN THE KITCHEN", "hoover the kitchen now"})
    void should_understand_polite_and_differently_worded_requests_to_clean(String text) {
        assertThat(labels(text)).containsExactly("clean_area:kitchen", "dock");
    }

    @Test
    void should_clean_two_rooms_named_with_and_in_the_order_given() {
        assertThat(labels("clean the living room and the kitchen"))
                .containsExactly("clean_area:living room", "clean_area:kitchen", "dock");
        assertThat(labels("clean the kitchen and living room"))
                .containsExactly("clean_area:kitchen", "clean_area:living room", "dock");
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean the whole apartment", "clean the entire house", "clean everywhere",
            "clean all the rooms", "vacuum the house"})
    void should_clean_every_room_for_the_whole_home(String text) {
        assertThat(labels(text)).containsExactly("clean_area:living room", "clean_area:kitchen", "dock");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quickly clean the kitchen", "quick clean the kitchen", "clean the kitchen quickly",
            "clean the kitchen fast"})
    void should_clean_quickly_when_asked_to_hurry(String text) {
        assertThat(plan(text).steps().getFirst()).isEqualTo(new Action.CleanArea("kitchen", CleanMode.QUICK));
    }

    @ParameterizedTest
    @ValueSource(strings = {"deep clean the kitchen", "clean the kitchen thoroughly", "thoroughly clean the kitchen",
            "clean the kitchen properly"})
    void should_clean_deeply_when_asked_for_thoroughness(String text) {
        assertThat(plan(text).steps().getFirst()).isEqualTo(new Action.CleanArea("kitchen", CleanMode.DEEP));
    }

    @Test
    void should_not_add_a_dock_when_the_plan_already_ends_parked() {
        assertThat(labels("clean the kitchen then dock")).containsExactly("clean_area:kitchen", "dock");
        assertThat(labels("clean the kitchen then stop")).containsExactly("clean_area:kitchen", "stop");
    }

    @Test
    void should_ask_which_room_when_the_room_is_unknown_listing_the_known_rooms() {
        assertThat(question("clean the garage")).contains("'garage'").contains("living room").contains("kitchen");
    }

    @Test
    void should_ask_rather_than_clean_a_door_or_the_dock() {
        assertThat(question("clean the kitchen door")).contains("living room, kitchen");
        assertThat(question("clean the dock")).contains("'dock'");
    }

    @Test
    void should_ask_about_the_unknown_room_even_when_the_other_one_is_known() {
        assertThat(question("clean the kitchen and the garage")).contains("'garage'");
    }

    @Test
    void should_pass_cleaning_the_stairs_on_for_the_guard_to_refuse() {
        assertThat(labels("clean the stairs")).containsExactly("clean_area:stairs", "dock");
    }
}
