package dev.rosie.launch.cli;

import dev.rosie.launch.report.Narrator;
import dev.rosie.launch.report.TurnReport;
import dev.rosie.launch.wiring.Ears;
import dev.rosie.launch.wiring.Robot;
import dev.rosie.launch.wiring.RobotFactory;
import dev.rosie.launch.wiring.Turn;
import dev.rosie.perception.speech.Microphone;
import dev.rosie.perception.speech.ModelLocator;
import dev.rosie.perception.speech.SpeechEvent;
import dev.rosie.perception.speech.SpeechRecognizer;
import dev.rosie.perception.speech.WavAudio;
import dev.rosie.perception.speech.WavReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rosie listen --wav FILE | --mic}: speech through Vosk, then each utterance through the whole
 * loop like {@code say}, on the persistent world. Rosie cannot tell voices apart, so {@code --as}
 * says who is speaking (default the owner, alex); the transcript arrives on the voice channel.
 */
@Command(name = "listen", description = "Transcribes speech (a WAV file or the microphone) with Vosk and runs each"
        + " utterance through the robot (embedded simulator).")
public final class ListenCommand implements Callable<Integer> {

    static final class Input {
        @Option(names = "--wav", paramLabel = "FILE", required = true,
                description = "A WAV file (PCM 8/16/24/32-bit or float, any rate, mono or stereo; converted to 16 kHz mono)")
        Path wav;

        @Option(names = "--mic", required = true, description = "The default microphone (16 kHz mono 16-bit)")
        boolean mic;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--as", paramLabel = "WHO", defaultValue = "owner",
            description = "Who is speaking (Rosie has no speaker identification): ${COMPLETION-CANDIDATES}"
                    + " (default: ${DEFAULT-VALUE})")
    SayCommand.Speaker speaker;

    @Option(names = "--require-wake-word", description = "Act only on utterances that start with \"rosie\"")
    boolean requireWakeWord;

    @Option(names = "--free-form", description = "Decode without the home grammar (for comparison; less accurate)")
    boolean freeForm;

    @Option(names = "--max-utterances", paramLabel = "N", defaultValue = "0",
            description = "With --mic: stop after N utterances (default: listen until interrupted)")
    int maxUtterances;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (maxUtterances < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-utterances must be 0 or more");
        }
        // Check the audio source before the slower work (world, model), so a bad file or a missing
        // microphone is reported at once.
        WavAudio wav = input.wav != null ? new WavReader().read(input.wav) : null;
        Microphone mic = input.mic ? Microphone.open(Microphone.Lines.system()) : null;
        ZoneId zone = ZoneId.systemDefault();
        Path data = common.dataDir();
        Narrator narrator = new Narrator(out, zone);
        try (mic; Robot robot = new RobotFactory(common.settings(data), zone).open(Instant.now(), narrator);
                Ears ears = Ears.open(ModelLocator.standard(), robot.world().snapshot().map());
                SpeechRecognizer recognizer = ears.recognizer(freeForm, requireWakeWord)) {
            Session session = new Session(robot, narrator, out, wav == null ? "microphone" : wav.file());
            if (wav != null) {
                out.printf(Locale.ROOT, "Listening to %s: %.1f s, %s%s%n", wav.file(), wav.pcm().seconds(), wav.original(),
                        wav.converted() ? " (converted to 16 kHz mono 16-bit)" : "");
                recognizer.transcribe(wav.pcm(), SpokenInput.printer(out, session::handle));
            } else {
                out.println("Listening on the microphone (16 kHz mono); Ctrl-C to stop.");
                short[] chunk = new short[SpeechRecognizer.CHUNK];
                while (maxUtterances == 0 || session.turns.size() < maxUtterances) {
                    int n = mic.read(chunk);
                    if (n < 0) {
                        break;
                    }
                    recognizer.accept(chunk, n, SpokenInput.printer(out, session::handle));
                }
                recognizer.finish(SpokenInput.printer(out, session::handle));
            }
            return session.finish(data);
        }
    }

    /** The utterances of one listen run and what became of them. */
    private final class Session {
        private final Robot robot;
        private final Narrator narrator;
        private final PrintWriter out;
        private final String from;
        private final List<Turn> turns = new ArrayList<>();
        private final TurnReport report;

        Session(Robot robot, Narrator narrator, PrintWriter out, String from) {
            this.robot = robot;
            this.narrator = narrator;
            this.out = out;
            this.from = from;
            this.report = new TurnReport("listen", "data_dir", common.dataDir().toString(), "planner", robot.plannerName(),
                    "audio", from, "speaker", speaker.label(), "speaker_identification",
                    "none: the speaker is who --as says");
        }

        void handle(SpeechEvent.Utterance u) {
            out.println(SpokenInput.heard(u));
            narrator.begin(speaker.label() + " says: \"" + u.text() + "\"");
            Turn turn = robot.handle(u.text(), speaker.voice());
            narrator.end(turn);
            turns.add(turn);
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("channel", "voice");
            input.put("audio", from);
            input.put("transcript", u.text());
            input.put("decoder", u.decoder().wireName());
            input.put("grammar_transcript", u.grammarText());
            input.put("at_seconds", u.at().toMillis() / 1000.0);
            report.add("utterance " + turns.size(), turn, input);
        }

        int finish(Path data) throws java.io.IOException {
            if (turns.isEmpty()) {
                spec.commandLine().getErr().println("rosie: heard no speech in " + from
                        + (requireWakeWord ? " that starts with the wake word 'rosie'" : ""));
                return ExitCodes.USAGE;
            }
            Path file = data.resolve("reports").resolve("last-listen.json");
            report.write(file);
            out.println("  report: " + file);
            for (Turn t : turns) {
                int code = exitCode(t);
                if (code != ExitCodes.DONE) {
                    return code;
                }
            }
            return ExitCodes.DONE;
        }

        private int exitCode(Turn turn) {
            return switch (turn) {
                case Turn.Executed e -> e.succeeded() ? ExitCodes.DONE : ExitCodes.FAILED;
                case Turn.Refused r -> ExitCodes.REFUSED;
                case Turn.Clarified c -> ExitCodes.USAGE;
                case Turn.NotACommand n -> ExitCodes.USAGE;
            };
        }
    }
}
