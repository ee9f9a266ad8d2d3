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
public record RecognizerSettings(Optional<CommandGrammar> grammar, boolean requireWakeWord, double fallbackMinRms,
        Optional<java.util.function.Predicate<String>> actionable) {
    /** About -50 dBFS: quieter than any speech a microphone picks up, louder than digital silence. */
    public static final double DEFAULT_FALLBACK_MIN_RMS = 0.003;

    public RecognizerSettings {
        Objects.requireNonNull(grammar, "grammar");
        Objects.requireNonNull(actionable, "actionable");
        if (!(fallbackMinRms >= 0 && fallbackMinRms < 1)) {
            throw new IllegalArgumentException("fallbackMinRms must be in [0, 1), not " + fallbackMinRms);
        }
    }

    /** Settings with no tie-breaker between decodings (see {@link #withActionable}). */
    public RecognizerSettings(Optional<CommandGrammar> grammar, boolean requireWakeWord, double fallbackMinRms) {
        this(grammar, requireWakeWord, fallbackMinRms, Optional.empty());
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
        return new RecognizerSettings(grammar, required, fallbackMinRms, actionable);
    }

    /**
     * With a judge of transcripts: whether the robot's command language can act on one. When the
     * command-language and free-form decodings of an utterance disagree and exactly one of them can
     * be acted on, that one is taken ({@link Arbiter}).
     */
    public RecognizerSettings withActionable(java.util.function.Predicate<String> judge) {
        return new RecognizerSettings(grammar, requireWakeWord, fallbackMinRms, Optional.of(judge));
    }
}
