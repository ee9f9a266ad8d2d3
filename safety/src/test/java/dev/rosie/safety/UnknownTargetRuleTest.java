package dev.rosie.safety;

import static dev.rosie.safety.GuardFixtures.guard;
import static dev.rosie.safety.GuardFixtures.owner;
import static dev.rosie.safety.GuardFixtures.plan;
import static dev.rosie.safety.GuardFixtures.refusal;
import static dev.rosie.safety.GuardFixtures.world;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.CleanMode;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.action.Target;
import dev.rosie.core.testing.TestMaps;
import org.junit.jupiter.api.Test;

/** Every name a plan uses must be something this home has; a made-up target is refused, not guessed. */
class UnknownTargetRuleTest {

    @Test
    void should_refuse_navigation_to_an_unknown_place_listing_the_known_rooms() {
        Refusal refusal = refusal(guard().review(owner(), plan(Action.NavigateTo.named("garage")), world()));

        assertThat(refusal.rule()).isEqualTo("unknown-target");
        assertThat(refusal.reason()).contains("'garage'").contains("living room").contains("kitchen");
    }

    @Test
    void should_refuse_cleaning_an_unknown_room() {
        assertThat(refusal(guard().review(owner(), plan(new Action.CleanArea("garage", CleanMode.NORMAL)), world()))
                .rule()).isEqualTo("unknown-target");
    }

    @Test
    void should_refuse_cleaning_something_that_is_an_object_not_a_room() {
        assertThat(refusal(guard().review(owner(), plan(new Action.CleanArea(TestMaps.TOY_CAR, CleanMode.NORMAL)), world()))
                .rule()).isEqualTo("unknown-target");
    }

    @Test
    void should_refuse_handling_an_unknown_object_or_placing_it_somewhere_unknown() {
        assertThat(refusal(guard().review(owner(), plan(new Action.PickUp("unicorn")), world())).rule())
                .isEqualTo("unknown-target");
        Refusal place = refusal(guard().review(owner(), plan(new Action.Place(TestMaps.TOY_CAR, "garage")), world()));
        assertThat(place.rule()).isEqualTo("unknown-target");
        assertThat(place.reason()).contains("'garage'");
    }

    @Test
    void should_refuse_a_door_that_this_home_does_not_have() {
        Refusal refusal = refusal(guard().review(owner(), plan(new Action.OpenDoor("front door")), world()));

        assertThat(refusal.rule()).isEqualTo("unknown-target");
        assertThat(refusal.reason()).contains("'front door'");
    }

    @Test
    void should_refuse_a_room_name_used_as_a_door() {
        assertThat(refusal(guard().review(owner(), plan(new Action.OpenDoor(TestMaps.KITCHEN)), world())).rule())
                .isEqualTo("unknown-target");
    }

    @Test
    void should_refuse_coordinates_outside_the_map() {
        Action offMap = new Action.NavigateTo(new Target.Coordinates(50, 50));
        Action negative = new Action.NavigateTo(new Target.Coordinates(-1, 1));

        assertThat(refusal(guard().review(owner(), plan(offMap), world())).rule()).isEqualTo("unknown-target");
        assertThat(refusal(guard().review(owner(), plan(negative), world())).rule()).isEqualTo("unknown-target");
    }

    @Test
    void should_approve_the_dock_and_every_named_thing_in_the_home() {
        assertThat(guard().review(owner(), plan(Action.NavigateTo.named("dock"), Action.NavigateTo.named(TestMaps.KITCHEN_DOOR),
                Action.NavigateTo.named(TestMaps.TOY_CAR), Action.NavigateTo.named(TestMaps.KITCHEN)), world()))
                .isInstanceOf(ApprovedPlan.class);
    }
}
