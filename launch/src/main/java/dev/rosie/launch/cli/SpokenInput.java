package dev.rosie.launch.cli;

import dev.rosie.perception.speech.Pcm16;
import dev.rosie.perception.speech.SpeechEvent;
import dev.rosie.perception.speech.SpeechRecognizer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Prints what the recogniser reports, the same way for {@code listen} and {@code demo}. */
final class SpokenInput {
    private SpokenInput() {
    }

    /** Transcribes a whole clip, printing partials and ignored speech; returns the utterances. */
    static List<SpeechEvent.Utterance> transcribe(SpeechRecognizer recognizer, Pcm16 audio, PrintWriter out) {
        List<SpeechEvent.Utterance> heard = new ArrayList<>();
        recognizer.transcribe(audio, printer(out, heard::add));
        return heard;
    }

    /** Prints partials and ignored speech as they come and hands utterances on. */
    static Consumer<SpeechEvent> printer(PrintWriter out, Consumer<SpeechEvent.Utterance> then) {
        return event -> {
            switch (event) {
                case SpeechEvent.Partial p -> out.println("  ... " + p.text());
                case SpeechEvent.Ignored i -> out.println("  ignored \"" + i.text() + "\": " + i.reason());
                case SpeechEvent.Utterance u -> then.accept(u);
            }
            out.flush();
        };
    }

    /** One line: the transcript and how it was decoded. */
    static String heard(SpeechEvent.Utterance u) {
        String how = switch (u.decoder()) {
            case GRAMMAR -> "home grammar";
            case LANGUAGE -> "command language";
            case FREE_FORM -> u.grammarText().isEmpty() ? "free-form"
                    : "free-form; the home grammar had only \"" + u.grammarText() + "\"";
        };
        return String.format(Locale.ROOT, "  Vosk heard: \"%s\" (%s, at %.1f s)", u.text(), how, u.at().toMillis() / 1000.0);
    }
}
