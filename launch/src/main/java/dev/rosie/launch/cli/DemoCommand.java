package dev.rosie.launch.cli;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.launch.report.Narrator;
import dev.rosie.launch.report.TurnReport;
import dev.rosie.launch.wiring.Robot;
import dev.rosie.launch.wiring.RobotFactory;
import dev.rosie.launch.wiring.Settings;
import dev.rosie.launch.wiring.Ears;
import dev.rosie.launch.wiring.Turn;
import dev.rosie.perception.speech.ModelLocator;
import dev.rosie.perception.speech.SpeechEvent;
import dev.rosie.perception.speech.SpeechRecognizer;
import dev.rosie.perception.speech.WavAudio;
import dev.rosie.perception.speech.WavReader;
import dev.rosie.perception.speech.WordErrorRate;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rosie demo}: the reference scenario in the embedded simulator, starting from speech. A
 * recording of "Rosie, clean the living room" (shipped in the jar, {@value #AUDIO}) goes through
 * Vosk; Rosie acts on whatever Vosk heard, and the demo says so when that is not what was said. A
 * minute later the same recording plays again, and Rosie politely declines because it just cleaned.
 * The demo keeps its own world under {@code DATA/demo}, started afresh each time, so it always tells
 * the same story and never touches the robot's real memory.
 */
@Command(name = "demo", description = "Runs the reference scenario end to end in the embedded simulator.")
public final class DemoCommand implements Callable<Integer> {
    static final String COMMAND = "Rosie, clean the living room";
    /** espeak-ng + sox (16 kHz mono 16-bit, 0.3 s of silence on each side); see the README. */
    static final String AUDIO = "demo/rosie-clean-the-living-room.wav";
    static final Duration PAUSE = Duration.ofMinutes(1);

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ZoneId zone = ZoneId.systemDefault();
        Path data = common.dataDir().resolve("demo");
        reset(data);
        Narrator narrator = new Narrator(out, zone);
        // Alex is the owner; Rosie cannot recognise voices, so the demo says who is speaking.
        Source alex = new Source(Channel.VOICE, "alex", Trust.OWNER);
        WavAudio audio = new WavReader().decode(AUDIO, recording());
        out.println("Rosie demo: the reference apartment in the embedded simulator, Vosk speech recognition, "
                + common.plannerChoice().description() + ", reference policy.");
        out.println("Data directory: " + data);
        Turn first;
        Turn second;
        TurnReport report;
        try (Robot robot = new RobotFactory(common.settings(data), zone).open(Instant.now(), narrator);
                Ears ears = Ears.open(ModelLocator.standard(), robot.world().snapshot().map())) {
            report = new TurnReport("demo", "data_dir", data.toString(), "planner", robot.plannerName(),
                    "body", "sim", "map", "reference apartment", "speech", "vosk " + ears.model().directory().getFileName());

            narrator.begin(String.format(Locale.ROOT, "[1] alex (owner) says: \"%s\" (recording %s, %.1f s)", COMMAND,
                    AUDIO, audio.pcm().seconds()));
            String heard = listen(ears, audio, out);
            first = robot.handle(heard, alex);
            narrator.end(first);
            report.add("first request", first, input(heard));

            robot.clock().advance(PAUSE);
            narrator.begin("[2] a minute later, alex says it again (the same recording)");
            String again = listen(ears, audio, out);
            second = robot.handle(again, alex);
            narrator.end(second);
            report.add("repeat a minute later", second, input(again));
        }
        Path reportFile = data.resolve("report.json");
        report.write(reportFile);
        out.println();
        out.println("Report:      " + reportFile);
        out.println("Cleaning log and history: " + data.resolve("world.db") + " (SQLite)");
        return verdict(first, second, out);
    }

    /** Transcribes the recording and says what was heard, and whether it is what alex said. */
    private static String listen(Ears ears, WavAudio audio, PrintWriter out) {
        List<SpeechEvent.Utterance> heard;
        try (SpeechRecognizer recognizer = ears.recognizer(false, false)) {
            heard = SpokenInput.transcribe(recognizer, audio.pcm(), out);
        }
        heard.forEach(u -> out.println(SpokenInput.heard(u)));
        String text = String.join(" ", heard.stream().map(SpeechEvent.Utterance::text).toList());
        if (text.isEmpty()) {
            out.println("  Vosk heard nothing in the recording; Rosie has nothing to act on.");
        } else if (WordErrorRate.score(COMMAND, text).exact()) {
            out.println("  (that is exactly what alex said)");
        } else {
            out.println("  (alex said \"" + COMMAND + "\"; Rosie acts on what it heard)");
        }
        return text;
    }

    private static Map<String, Object> input(String heard) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("channel", "voice");
        m.put("audio", AUDIO);
        m.put("said", COMMAND);
        m.put("transcript", heard);
        return m;
    }

    private static byte[] recording() throws IOException {
        try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(AUDIO)) {
            if (in == null) {
                throw new IllegalStateException("the demo recording " + AUDIO + " is missing from rosie.jar");
            }
            return in.readAllBytes();
        }
    }

    /** The demo fails loudly if the story did not happen as told. */
    private static int verdict(Turn first, Turn second, PrintWriter out) {
        boolean cleaned = first instanceof Turn.Executed e && e.succeeded();
        boolean declined = second instanceof Turn.Refused r && r.refusal().rule().equals("cleaning-cooldown");
        if (cleaned && declined) {
            out.println("Demo complete: cleaned once, politely declined the repeat.");
            return ExitCodes.DONE;
        }
        out.println("Demo did NOT go as expected: first request " + (cleaned ? "cleaned" : "did not clean")
                + ", repeat " + (declined ? "declined" : "was not declined for the cooldown") + ".");
        return ExitCodes.FAILED;
    }

    private static void reset(Path data) throws IOException {
        Settings.prepare(data);
        for (String name : List.of("world.db", "world.db-wal", "world.db-shm", "report.json")) {
            Files.deleteIfExists(data.resolve(name));
        }
    }
}
