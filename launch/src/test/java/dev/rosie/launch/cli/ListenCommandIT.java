package dev.rosie.launch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code listen --wav} end to end on synthesised speech: Vosk, intake, planner, guard, simulator. */
class ListenCommandIT {
    @TempDir
    Path dir;

    private CliRun listen(Path wav, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "listen";
        args[1] = "--wav";
        args[2] = wav.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        args[args.length - 1] = "--data=" + dir.resolve("data");
        return CliRun.of(args);
    }

    @Test
    void should_transcribe_and_clean_the_room_it_heard_as_the_owner() throws Exception {
        CliRun run = listen(TestSpeech.say("Rosie, clean the kitchen", dir));
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.DONE);
        assertThat(run.out())
                .contains("Listening to ").contains("16000 Hz mono 16-bit PCM")
                .contains("  ... rosie")
                .contains("Vosk heard: \"rosie clean the kitchen\" (home grammar")
                .contains("alex (owner) says: \"rosie clean the kitchen\"")
                .contains("from voice/alex (owner): \"clean the kitchen\"")
                .contains("cleaning log: kitchen completed");
        JsonNode report = new ObjectMapper().readTree(dir.resolve("data/reports/last-listen.json").toFile());
        assertThat(report.at("/turns/0/input/transcript").asText()).isEqualTo("rosie clean the kitchen");
        assertThat(report.at("/turns/0/input/decoder").asText()).isEqualTo("grammar");
        assertThat(report.at("/turns/0/command/source/channel").asText()).isEqualTo("voice");
        assertThat(report.get("speaker_identification").asText()).startsWith("none");
    }

    @Test
    void should_treat_a_guest_voice_as_a_guest() {
        CliRun run = listen(TestSpeech.say("open the front door", dir), "--as", "guest");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.out()).contains("guest (guest) says: \"open the front door\"").contains("rule action-not-allowed");
    }

    @Test
    void should_say_when_it_heard_no_speech() {
        CliRun run = listen(TestSpeech.silence(dir, 2));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("rosie: heard no speech in");
    }

    @Test
    void should_ignore_speech_without_the_wake_word_when_asked_to() {
        CliRun run = listen(TestSpeech.say("go to the kitchen", dir), "--require-wake-word");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).contains("ignored \"go to the kitchen\": it does not start with the wake word 'rosie'");
        assertThat(run.err()).contains("that starts with the wake word 'rosie'");
    }

    @Test
    void should_convert_a_stereo_44k_recording() throws Exception {
        Path mono = TestSpeech.say("go to the office", dir);
        Path stereo = dir.resolve("stereo.wav");
        new ProcessBuilder("sox", mono.toString(), "-r", "44100", "-c", "2", "-b", "24", stereo.toString())
                .inheritIO().start().waitFor();
        CliRun run = listen(stereo);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.DONE);
        assertThat(run.out()).contains("44100 Hz stereo 24-bit PCM (converted to 16 kHz mono 16-bit)")
                .contains("Vosk heard: \"go to the office\"");
    }
}
