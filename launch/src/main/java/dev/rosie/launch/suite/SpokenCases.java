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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Voice cases as speech: the case's text is spoken by espeak-ng, converted by sox to 16 kHz mono
 * with padding (DESIGN.md's test-speech recipe), and transcribed by Vosk with the home grammar
 * widened by the command language, as the robot's ears would. WAVs are cached on disk by a hash of
 * the text (synthesis is the slow, repeatable part); transcripts are kept for the life of this
 * object, so two planners judged in one run hear the same words. When espeak-ng, sox or the Vosk
 * model is missing, every voice case says so in its report instead of silently passing as text.
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
    private final Ears ears;
    private final String unavailable;
    private final Map<String, Heard> heard = new ConcurrentHashMap<>();
    /** One recogniser for every case: building one compiles the home grammar, which costs seconds. */
    private final SpeechRecognizer recognizer;

    private SpokenCases(Path cache, Ears ears, String unavailable) {
        this.cache = cache;
        this.ears = ears;
        this.unavailable = unavailable;
        this.recognizer = ears == null ? null : ears.recognizer(false, false);
    }

    /** Speech with WAVs cached in {@code cache}, or a record of why speech is not available here. */
    public static SpokenCases open(Path cache, HomeMap home) {
        Objects.requireNonNull(cache, "cache");
        for (String tool : List.of("espeak-ng", "sox")) {
            Optional<String> missing = missing(tool);
            if (missing.isPresent()) {
                return new SpokenCases(cache, null, missing.get());
            }
        }
        try {
            return new SpokenCases(cache, Ears.open(ModelLocator.standard(), home), null);
        } catch (RuntimeException e) {
            return new SpokenCases(cache, null, "the Vosk model could not be loaded: " + e.getMessage());
        }
    }

    /** No speech at all: every voice case goes in as text, and says so. */
    public static SpokenCases off(String why) {
        return new SpokenCases(Path.of("."), null, why);
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
        String key = sha256(text);
        Path out = cache.resolve(key + ".wav");
        if (Files.isRegularFile(out)) {
            return out;
        }
        try {
            Files.createDirectories(cache);
            // Unique scratch names: two suites sharing a cache may speak the same text at once.
            Path raw = Files.createTempFile(cache, key, ".raw.wav");
            run(List.of("espeak-ng", "-w", raw.toString(), "--", text));
            Path partial = Files.createTempFile(cache, key, ".partial.wav");
            run(List.of("sox", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", partial.toString(), "pad", "0.3", "0.3"));
            Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(raw);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write synthesised speech under " + cache + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> missing(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? Optional.empty() : Optional.of(tool + " did not answer --version");
        } catch (IOException e) {
            return Optional.of(tool + " is not installed (text-to-speech needs espeak-ng and sox; .ci/run installs them)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while looking for " + tool);
        }
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
            }
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
