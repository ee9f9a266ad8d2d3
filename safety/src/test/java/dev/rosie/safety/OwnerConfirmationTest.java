package dev.rosie.safety;

import static dev.rosie.safety.GuardFixtures.COMMAND_ID;
import static dev.rosie.safety.GuardFixtures.NOW;
import static dev.rosie.safety.GuardFixtures.REFERENCE;
import static dev.rosie.safety.GuardFixtures.command;
import static dev.rosie.safety.GuardFixtures.plan;
import static dev.rosie.safety.GuardFixtures.world;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.ActionType;
import dev.rosie.core.action.CleanMode;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.testing.TestMaps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Steps that need the owner's confirmation: the guard asks, and only the owner's yes releases the plan, once. */
class OwnerConfirmationTest {
    private final ManualClock clock = GuardFixtures.clock();

    private static Policy withNeeds(OwnerConfirmation.Need... needs) {
        return new Policy(REFERENCE.name(), REFERENCE.version(), REFERENCE.allowed(), REFERENCE.doorAccess(),
                REFERENCE.defaultDoorAccess(), REFERENCE.cleaningCooldown(), REFERENCE.sleepingChildQuiet(),
                REFERENCE.sightingMaxAge(), REFERENCE.maxPlanSteps(), REFERENCE.limits(), REFERENCE.privacy(),
                new OwnerConfirmation(Duration.ofMinutes(5), List.of(needs)));
    }

    private static OwnerConfirmation.Need valuable(String object) {
        return new OwnerConfirmation.Need(ActionType.PICK_UP, Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(object), Set.of(), Set.of(), "it is valuable");
    }

    private static Command yes(Trust trust, String principal) {
        return new Command(new CommandId("yes-" + principal), "yes", Source.cli(principal, trust), NOW, Screening.CLEAN);
    }

    private SafetyGuard guardAsked(Policy policy) {
        SafetyGuard guard = new SafetyGuard(policy, clock);
        Verdict v = guard.review(command(Trust.OWNER), plan(new Action.PickUp(TestMaps.TOY_CAR)), world());
        assertThat(v).isInstanceOf(Verdict.ConfirmationNeeded.class);
        return guard;
    }

    @Test
    void should_ask_the_owner_before_picking_up_a_valuable() {
        SafetyGuard guard = new SafetyGuard(withNeeds(valuable(TestMaps.TOY_CAR)), clock);
        Verdict v = guard.review(command(Trust.OWNER), plan(new Action.PickUp(TestMaps.TOY_CAR)), world());
        assertThat(v).isInstanceOfSatisfying(Verdict.ConfirmationNeeded.class, c -> {
            assertThat(c.rule()).isEqualTo(SafetyGuard.NEEDS_OWNER);
            assertThat(c.question()).contains("pick_up:toy car").contains("it is valuable").contains("yes");
            assertThat(c.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        });
    }

    @Test
    void should_release_the_asked_plan_on_the_owners_yes() {
        SafetyGuard guard = guardAsked(withNeeds(valuable(TestMaps.TOY_CAR)));
        Verdict v = guard.confirm(yes(Trust.OWNER, "alex"), world());
        ApprovedPlan approved = GuardFixtures.approved(v);
        assertThat(approved.command().id()).isEqualTo(COMMAND_ID);
        assertThat(approved.plan().labels()).containsExactly("pick_up:toy car");
    }

    @Test
    void should_do_nothing_on_anyone_elses_yes() {
        SafetyGuard guard = guardAsked(withNeeds(valuable(TestMaps.TOY_CAR)));
        for (Trust who : List.of(Trust.GUEST, Trust.OPERATOR)) {
            Verdict v = guard.confirm(yes(who, who.wireName()), world());
            assertThat(v).isInstanceOfSatisfying(Verdict.Refused.class,
                    r -> assertThat(r.refusal().rule()).isEqualTo(SafetyGuard.CONFIRM_NOT_OWNER));
        }
        // The request is still the owner's to answer.
        assertThat(guard.pendingConfirmation()).isPresent();
        assertThat(guard.confirm(yes(Trust.OWNER, "alex"), world())).isInstanceOf(ApprovedPlan.class);
    }

    @Test
    void should_release_a_confirmed_plan_only_once() {
        SafetyGuard guard = guardAsked(withNeeds(valuable(TestMaps.TOY_CAR)));
        assertThat(guard.confirm(yes(Trust.OWNER, "alex"), world())).isInstanceOf(ApprovedPlan.class);
        assertThat(guard.confirm(yes(Trust.OWNER, "alex"), world())).isInstanceOfSatisfying(Verdict.Refused.class,
                r -> assertThat(r.refusal().rule()).isEqualTo(SafetyGuard.NOTHING_TO_CONFIRM));
    }

    @Test
    void should_let_an_unanswered_request_expire() {
        SafetyGuard guard = guardAsked(withNeeds(valuable(TestMaps.TOY_CAR)));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(guard.pendingConfirmation()).isEmpty();
        assertThat(guard.confirm(yes(Trust.OWNER, "alex"), world())).isInstanceOfSatisfying(Verdict.Refused.class,
                r -> assertThat(r.refusal().reason()).contains("expired"));
    }

    @Test
    void should_judge_a_confirmed_plan_again_against_the_world_as_it_is_now() {
        SafetyGuard guard = new SafetyGuard(withNeeds(new OwnerConfirmation.Need(ActionType.CLEAN_AREA, Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), Set.of(), Set.of(), "test")), clock);
        Verdict asked = guard.review(command(Trust.OWNER), plan(new Action.CleanArea(TestMaps.KITCHEN, CleanMode.NORMAL)),
                world());
        assertThat(asked).isInstanceOf(Verdict.ConfirmationNeeded.class);
        // Meanwhile the kitchen was cleaned: the cooldown now refuses what was asked about.
        Verdict v = guard.confirm(yes(Trust.OWNER, "alex"), world(Map.of(TestMaps.KITCHEN, NOW), List.of()));
        assertThat(GuardFixtures.refusal(v).rule()).isEqualTo(HouseRules.CLEANING_COOLDOWN);
    }

    @Test
    void should_ask_before_a_deep_clean_at_night_only() {
        Action deep = new Action.CleanArea(TestMaps.KITCHEN, CleanMode.DEEP);
        // 11:31 in Berlin: no need to ask.
        assertThat(new SafetyGuard(REFERENCE, clock).review(command(Trust.OWNER), plan(deep), world()))
                .isInstanceOf(ApprovedPlan.class);
        clock.set(Instant.parse("2025-07-01T21:30:00Z")); // 23:30 in Berlin
        assertThat(new SafetyGuard(REFERENCE, clock).review(command(Trust.OWNER), plan(deep), world()))
                .isInstanceOf(Verdict.ConfirmationNeeded.class);
        assertThat(new SafetyGuard(REFERENCE, clock).review(command(Trust.OWNER),
                plan(new Action.CleanArea(TestMaps.KITCHEN, CleanMode.NORMAL)), world())).isInstanceOf(ApprovedPlan.class);
    }

    @Test
    void should_ask_the_owner_when_a_guest_asks_for_an_interior_door() {
        SafetyGuard guard = new SafetyGuard(REFERENCE, clock);
        Verdict v = guard.review(command(Trust.GUEST), plan(new Action.OpenDoor(TestMaps.KITCHEN_DOOR)), world());
        assertThat(v).isInstanceOf(Verdict.ConfirmationNeeded.class);
        assertThat(guard.confirm(yes(Trust.GUEST, "guest"), world())).isInstanceOf(Verdict.Refused.class);
        assertThat(guard.confirm(yes(Trust.OWNER, "alex"), world())).isInstanceOf(ApprovedPlan.class);
    }

    @Test
    void should_still_refuse_a_door_not_even_the_owner_may_open() {
        Policy sealedDoor = new Policy(REFERENCE.name(), REFERENCE.version(), REFERENCE.allowed(),
                Map.of(TestMaps.KITCHEN_DOOR, Set.of()), REFERENCE.defaultDoorAccess(), REFERENCE.cleaningCooldown(),
                REFERENCE.sleepingChildQuiet(), REFERENCE.sightingMaxAge(), REFERENCE.maxPlanSteps(), REFERENCE.limits(),
                REFERENCE.privacy(), REFERENCE.confirmation());
        SafetyGuard guard = new SafetyGuard(sealedDoor, clock);
        Verdict v = guard.review(command(Trust.GUEST), plan(new Action.OpenDoor(TestMaps.KITCHEN_DOOR)), world());
        assertThat(GuardFixtures.refusal(v).rule()).isIn(HouseRules.ACTION_NOT_ALLOWED, HouseRules.DOOR_ACCESS);
        assertThat(guard.pendingConfirmation()).isEmpty();
    }
}
