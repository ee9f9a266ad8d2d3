package dev.rosie.safety;

import static dev.rosie.safety.GuardFixtures.command;
import static dev.rosie.safety.GuardFixtures.guard;
import static dev.rosie.safety.GuardFixtures.owner;
import static dev.rosie.safety.GuardFixtures.plan;
import static dev.rosie.safety.GuardFixtures.refusal;
import static dev.rosie.safety.GuardFixtures.world;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Trust;
import dev.rosie.core.testing.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hazardous things are never picked up or moved, not even for the owner. */
class HazardousObjectRuleTest {

    @Test
    void should_refuse_picking_up_the_kitchen_knife_even_for_the_owner() {
        Refusal refusal = refusal(guard().review(owner(), plan(new Action.PickUp(TestMaps.KITCHEN_KNIFE)), world()));

        assertThat(refusal.rule()).isEqualTo("hazardous-object");
        assertThat(refusal.reason()).contains("kitchen knife");
    }

    @Test
    void should_refuse_placing_the_kitchen_knife_even_without_picking_it_up_first() {
        Refusal refusal = refusal(guard().review(owner(),
                plan(new Action.Place(TestMaps.KITCHEN_KNIFE, TestMaps.LIVING_ROOM)), world()));

        assertThat(refusal.rule()).isEqualTo("hazardous-object");
    }

    @Test
    void should_refuse_handling_the_knife_for_an_operator_who_may_otherwise_pick_things_up() {
        Refusal refusal = refusal(guard().review(command(Trust.OPERATOR),
                plan(new Action.PickUp(TestMaps.KITCHEN_KNIFE)), world()));

        assertThat(refusal.rule()).isEqualTo("hazardous-object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kitchen Knife", "KITCHEN  KNIFE", " kitchen knife "})
    void should_refuse_the_knife_however_its_name_is_written(String name) {
        assertThat(refusal(guard().review(owner(), plan(new Action.PickUp(name)), world())).rule())
                .isEqualTo("hazardous-object");
    }

    @Test
    void should_approve_picking_up_and_placing_a_small_object_for_the_owner() {
        assertThat(guard().review(owner(), plan(new Action.PickUp(TestMaps.TOY_CAR),
                new Action.Place(TestMaps.TOY_CAR, TestMaps.KITCHEN)), world())).isInstanceOf(ApprovedPlan.class);
    }

    @Test
    void should_approve_going_to_look_at_the_knife_without_touching_it() {
        assertThat(guard().review(owner(), plan(Action.NavigateTo.named(TestMaps.KITCHEN_KNIFE),
                new Action.Inspect(TestMaps.KITCHEN_KNIFE)), world())).isInstanceOf(ApprovedPlan.class);
    }
}
