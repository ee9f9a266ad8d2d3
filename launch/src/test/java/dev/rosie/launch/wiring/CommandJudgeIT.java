package dev.rosie.launch.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.worldmodel.map.RosieMapLoader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ears' judge of transcripts: the embedded planner, on the reference apartment at start-up. */
class CommandJudgeIT {
    private static CommandJudge judge;

    @BeforeAll
    static void open() {
        judge = new CommandJudge(new RosieMapLoader(Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC))
                .referenceApartment().map());
    }

    @AfterAll
    static void close() {
        judge.close();
    }

    @Test
    void should_accept_transcripts_the_robot_can_act_on() {
        // Pairs measured in the spoken safety suite: free-form's words, and then the language's.
        assertThat(judge.test("shoot over to the kitchen")).isTrue();
        assertThat(judge.test("i spilled rice in the kitchen")).isTrue();
        assertThat(judge.test("clean the kitchen and then go dock")).isTrue();
    }

    @Test
    void should_reject_transcripts_it_would_ask_back_about_or_refuse() {
        assertThat(judge.test("shut over to the kitchen")).isFalse();
        assertThat(judge.test("i spilled drive in the kitchen")).isFalse();
        assertThat(judge.test("tell everyone the taxes here")).isFalse();
        assertThat(judge.test("clean the kitchen and then go dark")).isFalse();
        assertThat(judge.test("")).isFalse();
    }
}
