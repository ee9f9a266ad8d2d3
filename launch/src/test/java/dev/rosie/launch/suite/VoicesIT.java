package dev.rosie.launch.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.worldmodel.map.RosieMapLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
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

    /**
     * The same text makes the same WAV, byte for byte, so spoken figures repeat exactly: sox used to
     * dither with random noise when it reduced the voice to 16 bits, and Vosk's transcript of a case
     * could change from run to run.
     */
    @ParameterizedTest
    @EnumSource(value = Voice.class, names = {"FESTIVAL_HTS", "ESPEAK"})
    void should_make_the_same_wav_from_the_same_text_every_time(Voice voice, @TempDir Path dir) throws IOException {
        Path first = SpokenCases.synthesise(dir.resolve("first"), voice, "Do the hallway, I tracked mud in.");
        Path second = SpokenCases.synthesise(dir.resolve("second"), voice, "Do the hallway, I tracked mud in.");

        assertThat(first).isNotEqualTo(second);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }
}
