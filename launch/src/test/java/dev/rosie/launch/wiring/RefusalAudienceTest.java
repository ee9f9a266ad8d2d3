package dev.rosie.launch.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.HistoryEvent;
import dev.rosie.launch.report.Narrator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard's refusals, said by the robot in the reference apartment (alex the owner, sam asleep in
 * the nursery, miso the cat): a guest or an operator hears what kind of rule stopped it and nothing
 * about the household; the owner hears the details; the audit history keeps them whoever asked.
 */
class RefusalAudienceTest {
    private static final Source ALEX = new Source(Channel.VOICE, "alex", Trust.OWNER);
    private static final Source GUEST = new Source(Channel.VOICE, "guest", Trust.GUEST);
    private static final Source OPERATOR = new Source(Channel.MQTT, "key:ops-1", Trust.OPERATOR);
    private static final Pattern PRIVATE = Pattern.compile("(?i)\\b(alex|sam|miso|nursery|bedroom|living room|asleep"
            + "|sleeping|ago|minutes?)\\b|\\d{1,2}:\\d{2}");

    @TempDir
    Path data;

    private Robot open() {
        return new RobotFactory(new Settings(data, Optional.empty(), Optional.empty()), ZoneOffset.UTC)
                .open(Instant.parse("2025-01-31T10:00:00Z"), TurnListener.silent());
    }

    /** What the robot prints for the turn, as the console of `rosie say` shows it. */
    private static String narrated(Turn turn) {
        StringWriter out = new StringWriter();
        new Narrator(new PrintWriter(out, true), ZoneOffset.UTC).end(turn);
        return out.toString();
    }

    private static Turn.Refused refused(Turn turn, String rule) {
        assertThat(turn).isInstanceOf(Turn.Refused.class);
        Turn.Refused r = (Turn.Refused) turn;
        assertThat(r.refusal().rule()).isEqualTo(rule);
        return r;
    }

    /** The audit record of the last refusal under {@code rule}. */
    private static String audit(Robot robot, String rule) {
        return robot.world().history(200).stream().filter(e -> e.kind().equals("verdict"))
                .map(HistoryEvent::detail).filter(d -> d.contains("\"rule\":\"" + rule + "\"")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no audit record for " + rule));
    }

    @Test
    void should_not_tell_a_guest_when_the_room_was_cleaned() {
        try (Robot robot = open()) {
            assertThat(robot.handle("clean the living room", ALEX)).isInstanceOf(Turn.Executed.class);

            for (Source outsider : new Source[] {GUEST, OPERATOR}) {
                Turn.Refused r = refused(robot.handle("clean the living room", outsider), "cleaning-cooldown");

                assertThat(r.refusal().said()).as("said to " + outsider).doesNotContainPattern(PRIVATE)
                        .contains("house rule");
                assertThat(narrated(r)).doesNotContainPattern(PRIVATE);
                assertThat(audit(robot, "cleaning-cooldown")).as("the audit keeps it all").contains("ago")
                        .contains("living room").contains("\"told\":\"" + r.refusal().said() + "\"");
            }

            Turn.Refused owners = refused(robot.handle("clean the living room", ALEX), "cleaning-cooldown");
            assertThat(owners.refusal().said()).contains("I cleaned the living room").contains("ago");
            assertThat(narrated(owners)).contains("I cleaned the living room");
        }
    }

    @Test
    void should_not_tell_a_guest_that_the_child_is_asleep_in_the_nursery() {
        try (Robot robot = open()) {
            Turn.Refused r = refused(robot.handle("go to the nursery", GUEST), "sleeping-child");

            assertThat(r.refusal().said()).doesNotContainPattern(PRIVATE);
            assertThat(narrated(r)).doesNotContainPattern(PRIVATE);
            assertThat(audit(robot, "sleeping-child")).contains("Sam is asleep in the nursery");

            Turn.Refused owners = refused(robot.handle("go to the nursery", ALEX), "sleeping-child");
            assertThat(owners.refusal().said()).isEqualTo("Sam is asleep in the nursery, so I'll stay out of there for now.");
        }
    }

    @Test
    void should_not_tell_a_guest_who_engaged_the_emergency_stop() {
        try (Robot robot = open()) {
            robot.emergencyStop().engage("test", new Source(Channel.CLI, "alex", Trust.OWNER), robot.clock().instant());

            Turn.Refused r = refused(robot.handle("go to the kitchen", GUEST), "e-stop-engaged");

            assertThat(r.refusal().said()).contains("emergency stop is engaged").doesNotContainPattern(PRIVATE);
            assertThat(refused(robot.handle("go to the kitchen", ALEX), "e-stop-engaged").refusal().said()).contains("alex");
            assertThat(audit(robot, "e-stop-engaged")).contains("alex");
        }
    }
}
