package dev.rosie.launch.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.worldmodel.map.RosieMapLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every voice the safety suite offers really speaks here, and the robot's ears hear words in it:
 * a voice that silently fails would put its cases in as text. The programs and voice data are Debian
 * packages that .ci/run installs, so a missing one fails here, naming the packages, rather than
 * skipping. How well each voice is heard across the corpus is measured by {@code ./rosie
 * safety-suite --voice} (README, "By speaker"), not pinned here.
 */
class VoicesIT {

    @ParameterizedTest
    @EnumSource(Voice.class)
    void should_speak_a_short_command_that_vosk_hears_as_words(Voice voice) {
        var map = new RosieMapLoader(Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC)).referenceApartment();

        try (SpokenCases ears = SpokenCases.open(Path.of("target", "speech-cache"), map.map(), voice)) {
            assertThat(ears.unavailable()).as("%s must speak here (.ci/run installs %s)", voice.wireName(), voice.packages())
                    .isEmpty();
            SpokenCases.Heard heard = ears.hear("go to the kitchen");

            System.out.printf("%s: 'go to the kitchen' heard as %s%n", voice.wireName(), heard);
            assertThat(heard).isInstanceOfSatisfying(SpokenCases.Heard.Transcript.class,
                    t -> assertThat(t.text()).as("what Vosk heard in %s", voice.wireName()).isNotBlank());
        }
    }
}
