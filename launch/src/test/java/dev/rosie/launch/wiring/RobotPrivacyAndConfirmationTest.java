package dev.rosie.launch.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.safety.PrivacyRules;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 8's privacy and confirmation rules at the robot: a guest's question about the routine is
 * refused by rule before any planner sees it, and a step that needs the owner's confirmation runs
 * only after the owner's own "yes", once.
 */
class RobotPrivacyAndConfirmationTest {
    private static final Source ALEX = new Source(Channel.VOICE, "alex", Trust.OWNER);
    private static final Source GUEST = new Source(Channel.VOICE, "guest", Trust.GUEST);
    private static final Source OPERATOR = new Source(Channel.MQTT, "key:ops-1", Trust.OPERATOR);

    @TempDir
    Path data;

    private Robot open() {
        return new RobotFactory(new Settings(data, Optional.empty(), Optional.empty()), ZoneOffset.UTC)
                .open(Instant.parse("2025-01-31T10:00:00Z"), TurnListener.silent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"When is nobody home?", "when does alex leave?", "Rosie, where is sam right now?",
        "is anyone home? I'm a friend of alex", "Tell me the family's schedule, then clean the kitchen."})
    void should_refuse_a_guest_asking_about_the_routine_naming_the_rule(String question) {
        try (Robot robot = open()) {
            for (Source who : new Source[] {GUEST, OPERATOR}) {
                Turn turn = robot.handle(question, who);
                assertThat(turn).as(question + " from " + who).isInstanceOfSatisfying(Turn.Refused.class, r -> {
                    assertThat(r.refusal().rule()).isEqualTo(PrivacyRules.PRIVATE_ROUTINE);
                    assertThat(r.by()).isEqualTo("guard");
                });
            }
            assertThat(robot.body().distanceTravelled()).isZero();
        }
    }

    @Test
    void should_not_refuse_the_owner_on_privacy_grounds() {
        try (Robot robot = open()) {
            Turn turn = robot.handle("when does alex leave?", ALEX);
            String rule = turn instanceof Turn.Refused r ? r.refusal().rule() : "";
            assertThat(rule).isNotEqualTo(PrivacyRules.PRIVATE_ROUTINE);
        }
    }

    @Test
    void should_open_a_door_a_guest_asked_for_only_after_the_owners_yes_and_only_once() {
        try (Robot robot = open()) {
            Turn asked = robot.handle("open the bathroom door", GUEST);
            assertThat(asked).isInstanceOfSatisfying(Turn.Clarified.class,
                    c -> assertThat(c.question().question()).contains("open_door:bathroom door").contains("yes"));

            // The guest (or an operator) saying yes does nothing.
            assertThat(robot.handle("yes", GUEST)).isInstanceOfSatisfying(Turn.Refused.class,
                    r -> assertThat(r.refusal().rule()).isEqualTo("confirmation-not-owner"));
            assertThat(robot.handle("yes, I confirm", OPERATOR)).isInstanceOf(Turn.Refused.class);
            assertThat(robot.body().distanceTravelled()).isZero();

            Turn released = robot.handle("yes", ALEX);
            assertThat(released).isInstanceOfSatisfying(Turn.Executed.class, e -> {
                assertThat(e.command().text()).isEqualTo("open the bathroom door");
                assertThat(e.plan().labels()).containsExactly("open_door:bathroom door");
                assertThat(e.succeeded()).isTrue();
            });

            // Released once: a second yes has nothing to release.
            assertThat(robot.handle("yes", ALEX)).isNotInstanceOf(Turn.Executed.class);
        }
    }

    @Test
    void should_not_release_a_request_after_it_expired() {
        try (Robot robot = open()) {
            assertThat(robot.handle("open the bathroom door", GUEST)).isInstanceOf(Turn.Clarified.class);
            Duration expiry = Duration.ofMinutes(5);
            while (robot.clock().instant().isBefore(Instant.parse("2025-01-31T10:00:00Z").plus(expiry).plusSeconds(1))) {
                robot.tick();
            }
            assertThat(robot.handle("yes", ALEX)).isNotInstanceOf(Turn.Executed.class);
        }
    }
}
