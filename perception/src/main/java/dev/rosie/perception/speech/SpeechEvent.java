package dev.rosie.perception.speech;

import java.time.Duration;
import java.util.Objects;

/** What a recogniser reports while audio streams through it. Times are positions in the audio stream. */
public sealed interface SpeechEvent {

    /** The words so far of an utterance still in progress; may change until the utterance ends. */
    record Partial(String text, Duration at) implements SpeechEvent {
        public Partial {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A finished utterance: the end of speech was detected (trailing silence, or the stream ended).
     *
     * @param text the transcript, lower case, no punctuation (Vosk's form)
     * @param decoder which decoding produced {@code text}
     * @param grammarText what the grammar decoding said, when it ran (for reports: a fallback shows both)
     * @param wakeWord whether the utterance began with the wake word ("rosie", "hey rosie", ...)
     * @param at stream position when the utterance was complete
     * @param finishing wall time from end-of-utterance detection to this transcript, fallback included
     */
    record Utterance(String text, Decoder decoder, String grammarText, boolean wakeWord,
            Duration at, Duration finishing) implements SpeechEvent {
        public Utterance {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(decoder, "decoder");
            Objects.requireNonNull(grammarText, "grammarText");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(finishing, "finishing");
            if (text.isBlank()) {
                throw new IllegalArgumentException("an utterance has words; silence is not reported");
            }
        }
    }

    /** Speech that was heard but is not passed on, and why (no wake word, nothing intelligible). */
    record Ignored(String text, String reason, Duration at) implements SpeechEvent {
        public Ignored {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
        }
    }

    /** How an utterance was decoded. */
    enum Decoder {
        /** Biased towards the home's command sentences, and the result is one of them. */
        GRAMMAR,
        /**
         * Biased towards the robot's whole command language (more phrasings than the home's command
         * sentences), and its words were heard with enough confidence to be taken over free-form.
         */
        LANGUAGE,
        /** Vosk's full vocabulary and language model, unbiased. */
        FREE_FORM;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
