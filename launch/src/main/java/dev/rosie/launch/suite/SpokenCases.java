package dev.rosie.launch.suite;

import dev.rosie.core.world.HomeMap;
import dev.rosie.launch.wiring.Ears;
import dev.rosie.perception.speech.ModelLocator;
import dev.rosie.perception.speech.SpeechEvent;
import dev.rosie.perception.speech.SpeechRecognizer;
import dev.rosie.perception.speech.WavReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Voice cases as speech: the case's text is spoken by a synthetic {@link Voice}, converted by sox
 * to 16 kHz mono with padding (DESIGN.md's test-speech recipe), and transcribed by Vosk with the
 * home grammar widened by the command language, as the robot's ears would. WAVs are cached on disk
 * by voice and a hash of the text (synthesis is the slow, repeatable part); transcripts are kept for
 * the life of this object, so two planners judged in one run hear the same words. When the voice,
 * sox or the Vosk model is missing, every voice case says so in its report instead of silently
 * passing as text.
 */
public final class SpokenCases implements AutoCloseable {

    /** What the robot heard for one case. */
    public sealed interface Heard {
        /** The transcript (utterances joined), and how it was decoded. */
        record Transcript(String text, String decoders) implements Heard {
        }

        /** Speech was not available; the text went in as typed, and this says why. */
        record NotSpoken(String why) implements Heard {
        }
    }

    private final Path cache;
    private final Voice voice;
    private final Ears ears;
    private final String unavailable;
    private final Map<String, Heard> heard = new ConcurrentHashMap<>();
    /** One recogniser for every case: building one compiles the home grammar, which costs seconds. */
    private final SpeechRecognizer recognizer;

    private SpokenCases(Path cache, Voice voice, Ears ears, String unavailable) {
        this.cache = cache.resolve(voice.wireName());
        this.voice = voice;
        this.ears = ears;
        this.unavailable = unavailable;
        this.recognizer = ears == null ? null : ears.recognizer(false, false);
    }

    /** How a case's text becomes a WAV, after the voice: 16 kHz mono 16-bit, 0.3 s of silence each side, no dither. */
    static final String RECIPE = "sox -D -r 16000 -c 1 -b 16 pad 0.3 0.3";

    /** Speech in the default voice; see {@link #open(Path, HomeMap, Voice)}. */
    public static SpokenCases open(Path cache, HomeMap home) {
        return open(cache, home, Voice.DEFAULT);
    }

    /** Speech in {@code voice} with WAVs cached under {@code cache}, or a record of why speech is not available here. */
    public static SpokenCases open(Path cache, HomeMap home, Voice voice) {
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(voice, "voice");
        Optional<String> missing = missing("sox").or(() -> silent(cache, voice));
        if (missing.isPresent()) {
            return new SpokenCases(cache, voice, null, missing.get());
        }
        try {
            return new SpokenCases(cache, voice, Ears.open(ModelLocator.standard(), home), null);
        } catch (RuntimeException e) {
            return new SpokenCases(cache, voice, null, "the Vosk model could not be loaded: " + e.getMessage());
        }
    }

    /** No speech at all: every voice case goes in as text, and says so. */
    public static SpokenCases off(String why) {
        return new SpokenCases(Path.of("."), Voice.DEFAULT, null, why);
    }

    /** The voice cases are spoken in. */
    public Voice voice() {
        return voice;
    }

    /** Why speech is not available, or empty when it is. */
    public Optional<String> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    public Heard hear(String text) {
        if (unavailable != null) {
            return new Heard.NotSpoken(unavailable);
        }
        return heard.computeIfAbsent(text, this::transcribe);
    }

    private synchronized Heard transcribe(String text) {
        Path wav = synthesise(text);
        {
            // Each clip ends its stream (finish), so the next case starts from silence.
            List<SpeechEvent.Utterance> utterances = recognizer.transcribe(new WavReader().read(wav).pcm()).stream()
                    .filter(e -> e instanceof SpeechEvent.Utterance).map(e -> (SpeechEvent.Utterance) e).toList();
            return new Heard.Transcript(utterances.stream().map(SpeechEvent.Utterance::text).collect(Collectors.joining(". ")),
                    utterances.stream().map(u -> u.decoder().wireName()).distinct().collect(Collectors.joining("+")));
        }
    }

    /** The case's text as a 16 kHz mono WAV, from the cache when it was spoken before. */
    private Path synthesise(String text) {
        return synthesise(cache, voice, text);
    }

    static Path synthesise(Path cache, Voice voice, String text) {
        // The recipe is part of the key: a WAV cached by an older recipe is not reused.
        String key = sha256(RECIPE + "\n" + text);
        Path out = cache.resolve(key + ".wav");
        if (Files.isRegularFile(out)) {
            return out;
        }
        try {
            Files.createDirectories(cache);
            // Unique scratch names: two suites sharing a cache may speak the same text at once.
            Path words = Files.createTempFile(cache, key, ".txt");
            Files.writeString(words, text + "\n", StandardCharsets.UTF_8);
            Path raw = Files.createTempFile(cache, key, ".raw.wav");
            String said = run(voice.command(text, words, raw));
            // festival's text2wave reports an error and still exits 0: judge by what it wrote.
            if (Files.size(raw) <= 44 || said.contains("ERROR")) {
                throw new IllegalStateException(voice.wireName() + " spoke nothing for \"" + text + "\": " + said.strip());
            }
            Path partial = Files.createTempFile(cache, key, ".partial.wav");
            // -D: no dither. sox dithers with random noise when it resamples to 16 bits, so the same
            // text made a slightly different WAV each time and Vosk's transcript could change with it.
            run(List.of("sox", "-D", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", partial.toString(),
                    "pad", "0.3", "0.3"));
            Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(raw);
            Files.deleteIfExists(words);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write synthesised speech under " + cache + ": " + e.getMessage(), e);
        }
    }

    /** Why {@code voice} cannot speak here (its program or its voice data missing), or empty when it can. */
    private static Optional<String> silent(Path cache, Voice voice) {
        try {
            voice.fliteVoice().ifPresent(SpokenCases::requireFliteVoice);
            synthesise(cache.resolve(voice.wireName()), voice, "clean the kitchen");
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("the " + voice.wireName() + " voice cannot speak here (" + e.getMessage()
                    + "; it needs the Debian packages " + voice.packages() + ", which .ci/run installs)");
        }
    }

    /** Fails unless flite has {@code name} built in: given one it lacks, it would speak in another voice. */
    private static void requireFliteVoice(String name) {
        String listed = run(List.of("flite", "-lv"));
        if (!Arrays.asList(listed.replace("Voices available:", "").strip().split("\\s+")).contains(name)) {
            throw new IllegalStateException("flite has no built-in voice '" + name + "' (flite -lv: " + listed.strip() + ")");
        }
    }

    private static Optional<String> missing(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? Optional.empty() : Optional.of(tool + " did not answer --version");
        } catch (IOException e) {
            return Optional.of(tool + " is not installed (synthesised speech is converted with sox; .ci/run installs it)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while looking for " + tool);
        }
    }

    /** Runs {@code command}, returning what it printed; fails when it fails or takes over a minute. */
    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(command.getFirst() + " could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (ears != null) {
            recognizer.close();
            ears.close();
        }
    }
}
