package dev.rosie.safety;

import static dev.rosie.safety.GuardFixtures.NOW;
import static dev.rosie.safety.GuardFixtures.REFERENCE;
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
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The robot stays out of a room where a child was recently seen asleep. */
class SleepingChildRuleTest {
    private static final Point IN_THE_KITCHEN = new Point(5.5, 1.0);
    private static final Point IN_THE_LIVING_ROOM = new Point(2.0, 2.5);

    private static Sighting sam(String room, Point where, Duration ago, boolean asleep) {
        return new Sighting("sam", BeingKind.CHILD, where, room, NOW.minus(ago), "camera", asleep);
    }

    private static WorldSnapshot seen(Sighting... sightings) {
        return world(Map.of(), List.of(sightings));
    }

    private static Action cleanKitchen() {
        return new Action.CleanArea(TestMaps.KITCHEN, CleanMode.NORMAL);
    }

    @Test
    void should_refuse_cleaning_a_room_where_a_child_was_just_seen_asleep() {
        Refusal refusal = refusal(guard().review(owner(), plan(cleanKitchen()),
                seen(sam(TestMaps.KITCHEN, IN_THE_KITCHEN, Duration.ofMinutes(10), true))));

        assertThat(refusal.rule()).isEqualTo("sleeping-child");
        assertThat(refusal.reason()).contains("Sam is asleep in the kitchen");
    }

    @Test
    void should_refuse_driving_into_that_room_by_name_or_by_coordinates() {
        WorldSnapshot world = seen(sam(TestMaps.KITCHEN, IN_THE_KITCHEN, Duration.ofMinutes(10), true));

        assertThat(refusal(guard().review(owner(), plan(Action.NavigateTo.named(TestMaps.KITCHEN)), world)).rule())
                .isEqualTo("sleeping-child");
        assertThat(refusal(guard().review(owner(), plan(new Action.NavigateTo(new Target.Coordinates(6.0, 0.5))), world))
                .rule()).isEqualTo("sleeping-child");
        assertThat(refusal(guard().review(owner(), plan(Action.NavigateTo.named(TestMaps.KITCHEN_KNIFE)), world)).rule())
                .as("an object in that room is in that room").isEqualTo("sleeping-child");
    }

    @Test
    void should_refuse_fetching_an_object_from_the_room_where_the_child_sleeps() {
        WorldSnapshot world = seen(sam(TestMaps.LIVING_ROOM, IN_THE_LIVING_ROOM, Duration.ofMinutes(1), true));

        assertThat(refusal(guard().review(owner(), plan(new Action.PickUp(TestMaps.TOY_CAR)), world)).rule())
                .isEqualTo("sleeping-child");
    }

    @Test
    void should_refuse_while_the_sighting_is_exactly_as_old_as_the_policy_allows() {
        Duration maxAge = REFERENCE.sightingMaxAge();

        assertThat(refusal(guard().review(owner(), plan(cleanKitchen()),
                seen(sam(TestMaps.KITCHEN, IN_THE_KITCHEN, maxAge, true)))).rule()).isEqualTo("sleeping-child");
    }

    @Test
    void should_approve_when_the_sighting_is_older_than_the_policys_max_age() {
        Duration stale = REFERENCE.sightingMaxAge().plusMinutes(1);

        assertThat(guard().review(owner(), plan(cleanKitchen()), seen(sam(TestMaps.KITCHEN, IN_THE_KITCHEN, stale, true))))
                .isInstanceOf(ApprovedPlan.class);
    }

    @Test
    void should_approve_when_the_child_is_awake() {
        assertThat(guard().review(owner(), plan(cleanKitchen()),
                seen(sam(TestMaps.KITCHEN, IN_THE_KITCHEN, Duration.ofMinutes(1), false)))).isInstanceOf(ApprovedPlan.class);
    }

    @Test
    void should_approve_when_the_child_sleeps_in_another_room() {
        assertThat(guard().review(owner(), plan(cleanKitchen(), Action.NavigateTo.named(TestMaps.KITCHEN_DOOR)),
                seen(sam(TestMaps.LIVING_ROOM, IN_THE_LIVING_ROOM, Duration.ofMinutes(1), true))))
                .isInstanceOf(ApprovedPlan.class);
    }

    @Test
    void should_approve_when_the_sleeper_is_an_adult_or_a_pet() {
        Sighting adult = new Sighting("alex", BeingKind.PERSON, IN_THE_KITCHEN, TestMaps.KITCHEN, NOW, "camera", true);
        Sighting cat = new Sighting("miso", BeingKind.PET, IN_THE_KITCHEN, TestMaps.KITCHEN, NOW, "camera", true);

        assertThat(guard().review(owner(), plan(cleanKitchen()), seen(adult, cat))).isInstanceOf(ApprovedPlan.class);
    }

    @Test
    void should_refuse_when_one_of_several_sightings_is_a_fresh_sleeping_child() {
        WorldSnapshot world = seen(sam(TestMaps.KITCHEN, IN_THE_KITCHEN, Duration.ofHours(8), true),
                sam(TestMaps.KITCHEN, IN_THE_KITCHEN, Duration.ofMinutes(2), false),
                new Sighting("kim", BeingKind.CHILD, IN_THE_KITCHEN, TestMaps.KITCHEN, NOW.minusSeconds(30), "told", true));

        Refusal refusal = refusal(guard().review(owner(), plan(cleanKitchen()), world));

        assertThat(refusal.reason()).contains("Kim");
    }

    @Test
    void should_not_apply_when_the_policy_turns_the_rule_off() {
        Policy loud = new Policy("loud", 1, REFERENCE.allowed(), REFERENCE.doorAccess(), REFERENCE.defaultDoorAccess(),
                REFERENCE.cleaningCooldown(), false, REFERENCE.sightingMaxAge(), REFERENCE.maxPlanSteps());

        assertThat(GuardFixtures.guard(loud).review(owner(), plan(cleanKitchen()),
                seen(sam(TestMaps.KITCHEN, IN_THE_KITCHEN, Duration.ofMinutes(1), true)))).isInstanceOf(ApprovedPlan.class);
    }

    @Test
    void should_always_let_the_robot_go_home_to_its_dock_even_if_a_child_sleeps_in_that_room() {
        WorldSnapshot world = seen(sam(TestMaps.LIVING_ROOM, IN_THE_LIVING_ROOM, Duration.ofMinutes(5), true));

        assertThat(guard().review(owner(), plan(new Action.Dock()), world)).isInstanceOf(ApprovedPlan.class);
    }

    @Test
    void should_match_the_sleeping_child_room_whatever_its_case() {
        WorldSnapshot world = seen(sam("Kitchen", IN_THE_KITCHEN, Duration.ofMinutes(5), true));

        assertThat(refusal(guard().review(owner(), plan(cleanKitchen()), world)).rule()).isEqualTo("sleeping-child");
    }
}
