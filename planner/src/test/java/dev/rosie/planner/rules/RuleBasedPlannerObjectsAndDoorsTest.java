package dev.rosie.planner.rules;

import static dev.rosie.planner.rules.PlannerFixtures.plan;
import static dev.rosie.planner.rules.PlannerFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.action.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Handling objects, doors and looking at things. */
class RuleBasedPlannerObjectsAndDoorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"pick up the toy car", "grab the toy car", "fetch the toy car from the living room"})
    void should_pick_up_the_named_object(String text) {
        assertThat(plan(text).steps()).containsExactly(new Action.PickUp("toy car"));
    }

    @Test
    void should_pick_up_and_then_place_an_object_that_is_put_somewhere() {
        assertThat(plan("put the toy car in the kitchen").steps())
                .containsExactly(new Action.PickUp("toy car"), new Action.Place("toy car", "kitchen"));
        assertThat(plan("bring the toy car to the dock").steps())
                .containsExactly(new Action.PickUp("toy car"), new Action.Place("toy car", "dock"));
    }

    @Test
    void should_pass_handling_the_knife_on_for_the_guard_to_refuse() {
        assertThat(plan("pick up the kitchen knife").steps()).containsExactly(new Action.PickUp("kitchen knife"));
    }

    @Test
    void should_ask_about_an_unknown_thing_or_place_when_putting_something_away() {
        assertThat(question("put the teddy bear in the kitchen")).contains("'teddy bear'");
        assertThat(question("put the toy car in the garage")).contains("'garage'");
        assertThat(question("put the kitchen in the living room")).contains("'kitchen'");
    }

    @Test
    void should_open_and_close_the_named_door() {
        assertThat(plan("open the kitchen door").steps()).containsExactly(new Action.OpenDoor("kitchen door"));
        assertThat(plan("close the kitchen door").steps()).containsExactly(new Action.CloseDoor("kitchen door"));
        assertThat(plan("shut the kitchen door").steps()).containsExactly(new Action.CloseDoor("kitchen door"));
    }

    @Test
    void should_ask_which_door_when_the_door_is_unknown() {
        assertThat(question("open the front door")).contains("front door");
    }

    @Test
    void should_look_at_a_named_thing() {
        assertThat(plan("look at the toy car").steps()).containsExactly(new Action.Inspect("toy car"));
        assertThat(plan("check on the kitchen").steps()).containsExactly(new Action.Inspect("kitchen"));
    }
}
