package dev.rosie.safety;

import static dev.rosie.safety.GuardFixtures.REFERENCE;
import static dev.rosie.safety.GuardFixtures.command;
import static dev.rosie.safety.GuardFixtures.guard;
import static dev.rosie.safety.GuardFixtures.owner;
import static dev.rosie.safety.GuardFixtures.plan;
import static dev.rosie.safety.GuardFixtures.refusal;
import static dev.rosie.safety.GuardFixtures.world;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.ActionType;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Trust;
import dev.rosie.core.testing.TestMaps;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each trust level may ask for, and who may operate which door. */
class TrustAndDoorRuleTest {
    /**
     * The reference policy without its owner-confirmation rules: under the reference policy itself a
     * guest's or operator's request to open an interior door waits for the owner (OwnerConfirmationTest).
     */
    private static SafetyGuard strictGuard() {
        Policy p = GuardFixtures.REFERENCE;
        return GuardFixtures.guard(new Policy(p.name(), p.version(), p.allowed(), p.doorAccess(), p.defaultDoorAccess(),
                p.cleaningCooldown(), p.sleepingChildQuiet(), p.sightingMaxAge(), p.maxPlanSteps(), p.limits(), p.privacy(),
                OwnerConfirmation.NONE));
    }

    @Test
    void should_refuse_a_guest_opening_a_door_as_an_action_not_allowed() {
        Refusal refusal = refusal(strictGuard().review(command(Trust.GUEST),
                plan(new Action.OpenDoor(TestMaps.KITCHEN_DOOR)), world()));

        assertThat(refusal.rule()).isEqualTo("action-not-allowed");
        assertThat(refusal.reason()).contains("guest");
    }

    @Test
    void should_refuse_a_guest_closing_a_door_or_handling_objects() {
        assertThat(refusal(guard().review(command(Trust.GUEST), plan(new Action.CloseDoor(TestMaps.KITCHEN_DOOR)),
                world())).rule()).isEqualTo("action-not-allowed");
        assertThat(refusal(guard().review(command(Trust.GUEST), plan(new Action.PickUp(TestMaps.TOY_CAR)),
                world())).rule()).isEqualTo("action-not-allowed");
        assertThat(refusal(guard().review(command(Trust.GUEST), plan(new Action.Inspect(TestMaps.KITCHEN)),
                world())).rule()).isEqualTo("action-not-allowed");
    }

    @Test
    void should_refuse_an_operator_opening_a_door_under_the_reference_policy() {
        assertThat(refusal(strictGuard().review(command(Trust.OPERATOR), plan(new Action.OpenDoor(TestMaps.KITCHEN_DOOR)),
                world())).rule()).isEqualTo("action-not-allowed");
        // Under the reference policy the owner is asked instead; nothing runs on the operator's say-so.
        assertThat(guard().review(command(Trust.OPERATOR), plan(new Action.OpenDoor(TestMaps.KITCHEN_DOOR)), world()))
                .isInstanceOf(Verdict.ConfirmationNeeded.class);
    }

    @Test
    void should_refuse_an_operator_closing_a_door_that_the_default_entry_reserves_for_the_owner() {
        Refusal refusal = refusal(guard().review(command(Trust.OPERATOR),
                plan(new Action.CloseDoor(TestMaps.KITCHEN_DOOR)), world()));

        assertThat(refusal.rule()).isEqualTo("door-access");
        assertThat(refusal.reason()).contains("kitchen door").contains("operator").contains("owner");
    }

    @Test
    void should_refuse_an_operator_opening_a_door_only_the_owner_may_operate_when_opening_is_allowed() {
        Policy operatorMayOpen = policy(Map.of(), Set.of(Trust.OWNER));

        Refusal refusal = refusal(guard(operatorMayOpen).review(command(Trust.OPERATOR),
                plan(new Action.OpenDoor(TestMaps.KITCHEN_DOOR)), world()));

        assertThat(refusal.rule()).isEqualTo("door-access");
        assertThat(refusal.reason()).contains("only owner");
    }

    @Test
    void should_refuse_a_door_listed_for_the_owner_even_when_the_default_lets_operators_in() {
        Policy policy = policy(Map.of(TestMaps.KITCHEN_DOOR, Set.of(Trust.OWNER)), Set.of(Trust.OWNER, Trust.OPERATOR));

        assertThat(refusal(guard(policy).review(command(Trust.OPERATOR), plan(new Action.OpenDoor(TestMaps.KITCHEN_DOOR)),
                world())).rule()).isEqualTo("door-access");
    }

    @Test
    void should_approve_an_operator_opening_a_door_the_policy_lists_for_operators() {
        Policy policy = policy(Map.of(TestMaps.KITCHEN_DOOR, Set.of(Trust.OWNER, Trust.OPERATOR)), Set.of(Trust.OWNER));

        assertThat(guard(policy).review(command(Trust.OPERATOR), plan(new Action.OpenDoor(TestMaps.KITCHEN_DOOR)),
                world())).isInstanceOf(ApprovedPlan.class);
    }

    @Test
    void should_refuse_even_the_owner_a_door_that_nobody_may_operate() {
        Policy policy = policy(Map.of(TestMaps.KITCHEN_DOOR, Set.of()), Set.of(Trust.OWNER));

        Refusal refusal = refusal(guard(policy).review(owner(), plan(new Action.OpenDoor(TestMaps.KITCHEN_DOOR)), world()));

        assertThat(refusal.rule()).isEqualTo("door-access");
        assertThat(refusal.reason()).contains("a person, not the robot");
    }

    @Test
    void should_approve_the_owner_opening_and_closing_the_kitchen_door() {
        assertThat(guard().review(owner(), plan(new Action.OpenDoor(TestMaps.KITCHEN_DOOR),
                new Action.CloseDoor(TestMaps.KITCHEN_DOOR)), world())).isInstanceOf(ApprovedPlan.class);
    }

    @Test
    void should_refuse_an_action_type_the_policy_gives_nobody_even_for_the_owner() {
        Map<Trust, Set<ActionType>> allowed = new EnumMap<>(REFERENCE.allowed());
        allowed.put(Trust.OWNER, EnumSet.complementOf(EnumSet.of(ActionType.SAY)));
        Policy mute = new Policy("mute", 1, allowed, Map.of(), Set.of(Trust.OWNER), REFERENCE.cleaningCooldown(),
                true, REFERENCE.sightingMaxAge(), 16);

        assertThat(refusal(guard(mute).review(owner(), plan(new Action.Dock(), new Action.Say("hi")), world())).rule())
                .isEqualTo("action-not-allowed");
    }

    /** The reference policy, except that operators may do everything and doors follow the given table. */
    private static Policy policy(Map<String, Set<Trust>> doors, Set<Trust> defaultDoors) {
        Map<Trust, Set<ActionType>> allowed = new EnumMap<>(REFERENCE.allowed());
        allowed.put(Trust.OPERATOR, EnumSet.allOf(ActionType.class));
        return new Policy("doors-test", 1, allowed, doors, defaultDoors, REFERENCE.cleaningCooldown(),
                REFERENCE.sleepingChildQuiet(), REFERENCE.sightingMaxAge(), REFERENCE.maxPlanSteps());
    }
}
