package dev.rosie.launch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test speech for CLI tests: espeak-ng and sox, as DESIGN.md describes (.ci/run installs both). */
final class TestSpeech {
    private TestSpeech() {
    }

    static Path say(String text, Path dir) {
        String base = text.replaceAll("[^A-Za-z0-9]+", "-");
        Path raw = dir.resolve(base + ".raw.wav");
        Path out = dir.resolve(base + ".wav");
        run(List.of("espeak-ng", "-w", raw.toString(), text));
        run(List.of("sox", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", out.toString(), "pad", "0.3", "0.3"));
        return out;
    }

    static Path silence(Path dir, double seconds) {
        Path out = dir.resolve("silence.wav");
        run(List.of("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", out.toString(), "trim", "0", String.valueOf(seconds)));
        return out;
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + " is needed for test speech; install espeak-ng and sox", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
