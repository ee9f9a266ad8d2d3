package dev.rosie.launch.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.perception.speech.SpeechSentences;
import dev.rosie.perception.speech.WordErrorRate;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The robot's own ears (the home grammar widened by the command language, decodings chosen by
 * confidence: what {@code serve}, {@code listen} and the safety suite run) on perception's spoken
 * command sets, in two synthetic voices. {@code SpeechCorpusIT} pins the home grammar alone, and
 * perception cannot see the planner's command language, so this is where the widened grammar's
 * accuracy is pinned. Floors: what was measured when this test was written, less one utterance.
 */
class RobotEarsAccuracyIT {
    private static final Map<Voice, Tally> COMMANDS = new EnumMap<>(Voice.class);
    private static final Map<Voice, Tally> HELD_OUT = new EnumMap<>(Voice.class);

    /** Exact transcripts, and the sentences that were not. */
    record Tally(int exact, int total, List<String> misses) {
        double rate() {
            return (double) exact / total;
        }
    }

    @BeforeAll
    static void listen() {
        var map = new RosieMapLoader(Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC)).referenceApartment();
        for (Voice voice : List.of(Voice.ESPEAK, Voice.FESTIVAL_HTS)) {
            try (SpokenCases ears = SpokenCases.open(Path.of("target", "speech-cache"), map.map(), voice)) {
                assertThat(ears.unavailable()).as("speech must be available here (.ci/run installs it)").isEmpty();
                COMMANDS.put(voice, tally(ears, SpeechSentences.COMMANDS));
                HELD_OUT.put(voice, tally(ears, SpeechSentences.HELD_OUT));
            }
            System.out.printf(Locale.ROOT, "robot's ears, %s: %d/%d commands, %d/%d held-out; misses %s %s%n",
                    voice.wireName(), COMMANDS.get(voice).exact(), COMMANDS.get(voice).total(), HELD_OUT.get(voice).exact(),
                    HELD_OUT.get(voice).total(), COMMANDS.get(voice).misses(), HELD_OUT.get(voice).misses());
        }
    }

    private static Tally tally(SpokenCases ears, List<String> sentences) {
        int exact = 0;
        List<String> misses = new ArrayList<>();
        for (String said : sentences) {
            String heard = switch (ears.hear(said)) {
                case SpokenCases.Heard.Transcript t -> t.text().replace(". ", " ");
                case SpokenCases.Heard.NotSpoken n -> throw new AssertionError(n.why());
            };
            if (WordErrorRate.score(said, heard).exact()) {
                exact++;
            } else {
                misses.add("'" + said + "' -> '" + heard + "'");
            }
        }
        return new Tally(exact, sentences.size(), misses);
    }

    @Test
    void should_hear_the_reference_commands_in_espeaks_voice() {
        assertThat(COMMANDS.get(Voice.ESPEAK).exact()).as("%s", COMMANDS.get(Voice.ESPEAK).misses())
                .isGreaterThanOrEqualTo(ESPEAK_COMMANDS_FLOOR);
        assertThat(HELD_OUT.get(Voice.ESPEAK).exact()).as("%s", HELD_OUT.get(Voice.ESPEAK).misses())
                .isGreaterThanOrEqualTo(ESPEAK_HELD_OUT_FLOOR);
    }

    @Test
    void should_hear_the_reference_commands_in_the_hts_voice() {
        assertThat(COMMANDS.get(Voice.FESTIVAL_HTS).exact()).as("%s", COMMANDS.get(Voice.FESTIVAL_HTS).misses())
                .isGreaterThanOrEqualTo(HTS_COMMANDS_FLOOR);
        assertThat(HELD_OUT.get(Voice.FESTIVAL_HTS).exact()).as("%s", HELD_OUT.get(Voice.FESTIVAL_HTS).misses())
                .isGreaterThanOrEqualTo(HTS_HELD_OUT_FLOOR);
    }

    /**
     * Measured with espeak-ng: 49/50 and 21/22 when this test was first run (49/50 and 20/22 by hand
     * before); both misses are "bathroom" heard as "them off room".
     */
    static final int ESPEAK_COMMANDS_FLOOR = 48;
    static final int ESPEAK_HELD_OUT_FLOOR = 20;
    /** Measured with festival's HTS voice: 50/50 and 22/22 when this test was first run. */
    static final int HTS_COMMANDS_FLOOR = 49;
    static final int HTS_HELD_OUT_FLOOR = 21;
}
