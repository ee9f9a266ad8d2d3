package dev.rosie.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldSnapshot;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Shared set-up for the guard tests: the real reference policy, a fixed clock in a zone that is not
 * UTC (so clock times in reasons are checked against the right zone), TestMaps' two rooms, and
 * helpers that build commands, plans and snapshots directly.
 */
final class GuardFixtures {
    /** Mid-summer: Berlin is UTC+2, so a UTC slip in a reason shows up as a two-hour error. */
    static final Instant NOW = Instant.parse("2025-07-01T09:31:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final CommandId COMMAND_ID = new CommandId("cmd-1");
    static final Policy REFERENCE = new PolicyLoader().loadReference();

    private GuardFixtures() {
    }

    static ManualClock clock() {
        return new ManualClock(NOW, BERLIN);
    }

    static SafetyGuard guard() {
        return new SafetyGuard(REFERENCE, clock());
    }

    static SafetyGuard guard(Policy policy) {
        return new SafetyGuard(policy, clock());
    }

    static Command command(Trust trust) {
        String who = switch (trust) {
            case OWNER -> "alex";
            case OPERATOR -> "key:ops-1";
            default -> "guest";
        };
        return new Command(COMMAND_ID, "do as the test says", Source.cli(who, trust), NOW, Screening.CLEAN);
    }

    static Command owner() {
        return command(Trust.OWNER);
    }

    static Plan plan(Action... steps) {
        return new Plan(COMMAND_ID, List.of(steps), "test plan");
    }

    static WorldSnapshot world() {
        return world(Map.of(), List.of());
    }

    static WorldSnapshot world(Map<String, Instant> lastCleaned, List<Sighting> sightings) {
        return world(TestMaps.twoRooms(), lastCleaned, sightings);
    }

    static WorldSnapshot world(HomeMap map, Map<String, Instant> lastCleaned, List<Sighting> sightings) {
        return new WorldSnapshot(NOW, map, new RobotState(TestMaps.TWO_ROOMS_DOCK, 0.9, true), lastCleaned,
                sightings, List.of());
    }

    /** The refusal inside a verdict, failing the test if the plan was approved. */
    static Refusal refusal(Verdict verdict) {
        assertThat(verdict).as("verdict").isInstanceOf(Verdict.Refused.class);
        Refusal refusal = ((Verdict.Refused) verdict).refusal();
        assertThat(refusal.commandId()).isEqualTo(COMMAND_ID);
        return refusal;
    }

    /** The approved plan, failing the test (with the refusal's reason) if the plan was refused. */
    static ApprovedPlan approved(Verdict verdict) {
        if (verdict instanceof Verdict.Refused r) {
            throw new AssertionError("expected approval but was refused: " + r.refusal());
        }
        return (ApprovedPlan) verdict;
    }
}
