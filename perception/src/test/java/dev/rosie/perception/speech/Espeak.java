package dev.rosie.perception.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test speech: espeak-ng speaks a sentence, sox converts it to 16 kHz mono 16-bit and pads 0.3 s of
 * silence on each side (without the padding the first and last words are clipped and transcripts
 * stop being exact). Both tools come from Debian; .ci/run installs them.
 */
final class Espeak {
    private Espeak() {
    }

    /** Speaks {@code text} into {@code dir} and returns the 16 kHz mono WAV. */
    static Path say(String text, Path dir) {
        return say(text, dir, "-r", "16000", "-c", "1", "-b", "16");
    }

    /** Speaks {@code text} and converts with the given sox output options (rate, channels, bits...). */
    static Path say(String text, Path dir, String... soxOutputOptions) {
        String base = text.replaceAll("[^a-z0-9]+", "-") + "-" + String.join("", soxOutputOptions).replaceAll("[^a-z0-9]", "");
        Path raw = dir.resolve(base + ".raw.wav");
        Path out = dir.resolve(base + ".wav");
        run(List.of("espeak-ng", "-w", raw.toString(), text));
        // -D: no dither (sox adds random noise when it reduces precision), so a text always makes the same WAV.
        List<String> sox = new ArrayList<>(List.of("sox", "-D", raw.toString()));
        sox.addAll(List.of(soxOutputOptions));
        sox.addAll(List.of(out.toString(), "pad", "0.3", "0.3"));
        run(sox);
        return out;
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish in 60 s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "): " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + " is needed to synthesise test speech; install espeak-ng"
                    + " and sox (.ci/run does): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static boolean exists(Path p) {
        return Files.isRegularFile(p);
    }
}
