package dev.rosie.perception.speech;

import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link SpeechRecognizer} listens.
 *
 * @param grammar the home's command sentences; empty means free-form recognition only
 * @param requireWakeWord when true, utterances that do not start with "rosie" are reported as
 *     ignored instead of passed on (for an always-on microphone); a WAV file usually does not need it
 * @param fallbackMinRms an utterance the grammar decoded as nothing is re-decoded free-form only if
 *     its audio is louder than this (RMS, full scale = 1): below it the segment is silence or hum
 *     and a second decoding would only waste time
 */
public record RecognizerSettings(Optional<CommandGrammar> grammar, boolean requireWakeWord, double fallbackMinRms) {
    /** About -50 dBFS: quieter than any speech a microphone picks up, louder than digital silence. */
    public static final double DEFAULT_FALLBACK_MIN_RMS = 0.003;

    public RecognizerSettings {
        Objects.requireNonNull(grammar, "grammar");
        if (!(fallbackMinRms >= 0 && fallbackMinRms < 1)) {
            throw new IllegalArgumentException("fallbackMinRms must be in [0, 1), not " + fallbackMinRms);
        }
    }

    /** Grammar first, free-form when the grammar hears nothing it knows. */
    public static RecognizerSettings biased(CommandGrammar grammar) {
        return new RecognizerSettings(Optional.of(grammar), false, DEFAULT_FALLBACK_MIN_RMS);
    }

    /** Vosk's full vocabulary only. */
    public static RecognizerSettings freeForm() {
        return new RecognizerSettings(Optional.empty(), false, DEFAULT_FALLBACK_MIN_RMS);
    }

    public RecognizerSettings withWakeWordRequired(boolean required) {
        return new RecognizerSettings(grammar, required, fallbackMinRms);
    }
}
