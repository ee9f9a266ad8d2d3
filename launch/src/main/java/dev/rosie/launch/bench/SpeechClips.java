package dev.rosie.launch.bench;

import dev.rosie.core.RosieException;
import dev.rosie.perception.speech.SpeechBenchmark.Clip;
import dev.rosie.perception.speech.WavReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The speech the benchmarks listen to: the demo's committed recording of "Rosie, clean the living
 * room" and commands for the reference apartment synthesised with espeak-ng and converted with sox
 * (16 kHz mono 16-bit, 0.3 s of silence on each side, as DESIGN.md describes). Synthesised speech is
 * one clear voice: the figures say how fast decoding is, not how well Rosie hears people in a room.
 */
public final class SpeechClips {
    /** What the committed recording says, as Vosk writes it. */
    public static final String DEMO_TEXT = "rosie clean the living room";
    public static final String DEMO_AUDIO = "demo/rosie-clean-the-living-room.wav";

    /** Commands of the reference apartment: cleaning, going places, docking, doors, objects. */
    public static final List<String> COMMANDS = List.of(
            "rosie go to the kitchen",
            "clean the kitchen",
            "vacuum the bedroom",
            "go to the office",
            "rosie clean the hallway",
            "go back to the dock",
            "open the balcony door",
            "pick up the sock",
            "look at the plant",
            "stop");

    private SpeechClips() {
    }

    /** The committed demo recording; needs nothing installed. */
    public static Clip demo() {
        try (InputStream in = SpeechClips.class.getClassLoader().getResourceAsStream(DEMO_AUDIO)) {
            if (in == null) {
                throw new RosieException("the demo recording " + DEMO_AUDIO + " is missing from rosie.jar", false);
            }
            return new Clip(DEMO_TEXT, new WavReader().decode(DEMO_AUDIO, in.readAllBytes()).pcm());
        } catch (IOException e) {
            throw new RosieException("cannot read " + DEMO_AUDIO + ": " + e.getMessage(), false, e);
        }
    }

    /** The demo recording and {@link #COMMANDS} synthesised into {@code dir}. */
    public static List<Clip> all(Path dir) {
        List<Clip> clips = new ArrayList<>();
        clips.add(demo());
        WavReader reader = new WavReader();
        // Synthesised side by side: on a busy machine starting 20 processes one after another is slow.
        COMMANDS.parallelStream().map(text -> new Clip(text, reader.read(synthesise(text, dir)).pcm()))
                .forEachOrdered(clips::add);
        return List.copyOf(clips);
    }

    /** Speaks {@code text} into a 16 kHz mono WAV file in {@code dir} and returns its path. */
    public static Path synthesise(String text, Path dir) {
        String base = text.replaceAll("[^A-Za-z0-9]+", "-");
        Path raw = dir.resolve(base + ".raw.wav");
        Path out = dir.resolve(base + ".wav");
        run(List.of("espeak-ng", "-w", raw.toString(), text));
        // -D: no dither, so the same text always makes the same clip (sox dithers with random noise).
        run(List.of("sox", "-D", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", out.toString(), "pad", "0.3", "0.3"));
        return out;
    }

    /** {@code seconds} of silence as a 16 kHz mono WAV file in {@code dir}. */
    public static Path silence(Path dir, double seconds) {
        Path out = dir.resolve("silence.wav");
        run(List.of("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", out.toString(), "trim", "0", String.valueOf(seconds)));
        return out;
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                throw new RosieException(String.join(" ", command) + " failed: " + output.strip(), false);
            }
        } catch (IOException e) {
            throw new RosieException(command.getFirst() + " is needed to synthesise the benchmark's speech; install "
                    + "espeak-ng and sox (e.g. apt-get install espeak-ng sox; .ci/run does)", false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RosieException("interrupted while synthesising speech", true, e);
        }
    }
}
