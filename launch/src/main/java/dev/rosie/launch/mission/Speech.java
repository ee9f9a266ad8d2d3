package dev.rosie.launch.mission;

import dev.rosie.core.world.HomeMap;
import dev.rosie.launch.wiring.Ears;
import dev.rosie.perception.speech.ModelLocator;
import dev.rosie.perception.speech.SpeechEvent;
import dev.rosie.perception.speech.SpeechRecognizer;
import dev.rosie.perception.speech.WavReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A mission's recordings through Vosk with the home grammar; the model loads on the first recording only. */
final class Speech implements AutoCloseable {
    private final HomeMap home;
    private Ears ears;

    Speech(HomeMap home) {
        this.home = home;
    }

    /** What Vosk heard in the recording (utterances joined by spaces; empty if it heard nothing). */
    String transcribe(Path wav) {
        if (ears == null) {
            ears = Ears.open(ModelLocator.standard(), home);
        }
        List<String> heard = new ArrayList<>();
        try (SpeechRecognizer recognizer = ears.recognizer(false, false)) {
            recognizer.transcribe(new WavReader().read(wav).pcm(), e -> {
                if (e instanceof SpeechEvent.Utterance u) {
                    heard.add(u.text());
                }
            });
        }
        return String.join(" ", heard);
    }

    @Override
    public void close() {
        if (ears != null) {
            ears.close();
        }
    }
}
