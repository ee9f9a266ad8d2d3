package dev.rosie.launch.cli;

import dev.rosie.launch.bench.SpeechClips;
import java.nio.file.Path;

/** Test speech for CLI tests: espeak-ng and sox, as DESIGN.md describes (.ci/run installs both). */
final class TestSpeech {
    private TestSpeech() {
    }

    static Path say(String text, Path dir) {
        return SpeechClips.synthesise(text, dir);
    }

    static Path silence(Path dir, double seconds) {
        return SpeechClips.silence(dir, seconds);
    }
}
