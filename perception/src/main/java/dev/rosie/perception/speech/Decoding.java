package dev.rosie.perception.speech;

import java.util.List;
import java.util.Objects;

/**
 * What one decoding of an utterance produced, with Vosk's scores: the N-best hypotheses (each with
 * its lattice score; close scores mean the decoder could hardly tell them apart), or one transcript
 * with a posterior confidence per word (0 to 1).
 */
sealed interface Decoding {

    /** One hypothesis of an N-best list; {@code score} is comparable only within its list. */
    record Hypothesis(String text, double score) {
        public Hypothesis {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A word and how sure the decoder is of it. */
    record Word(String word, double confidence) {
        public Word {
            Objects.requireNonNull(word, "word");
            if (!(confidence >= 0 && confidence <= 1.0001)) {
                throw new IllegalArgumentException("confidence must be in [0, 1], not " + confidence);
            }
        }
    }

    /** N-best hypotheses, best first; never empty (silence is one empty hypothesis). */
    record NBest(List<Hypothesis> hypotheses) implements Decoding {
        public NBest {
            hypotheses = List.copyOf(hypotheses);
            if (hypotheses.isEmpty()) {
                throw new IllegalArgumentException("an N-best list has at least one hypothesis");
            }
        }

        String best() {
            return hypotheses.getFirst().text();
        }

        List<String> texts() {
            return hypotheses.stream().map(Hypothesis::text).toList();
        }
    }

    /** One transcript, word by word with confidences; no words for silence. */
    record Scored(List<Word> words) implements Decoding {
        public Scored {
            words = List.copyOf(words);
        }

        static Scored of(String text, double confidence) {
            return new Scored(text.isBlank() ? List.of()
                    : java.util.Arrays.stream(text.split(" ")).map(w -> new Word(w, confidence)).toList());
        }

        String text() {
            return String.join(" ", words.stream().map(Word::word).toList());
        }

        double meanConfidence() {
            return words.stream().mapToDouble(Word::confidence).average().orElse(0);
        }

        /** The lowest confidence among the words of {@code phrase} where it occurs, 1 if it does not. */
        double confidenceOf(String phrase) {
            List<String> target = List.of(phrase.split(" "));
            double lowest = 1;
            for (int i = 0; i + target.size() <= words.size(); i++) {
                boolean match = true;
                for (int j = 0; j < target.size() && match; j++) {
                    match = words.get(i + j).word().equals(target.get(j));
                }
                if (match) {
                    for (int j = 0; j < target.size(); j++) {
                        lowest = Math.min(lowest, words.get(i + j).confidence());
                    }
                }
            }
            return lowest;
        }
    }
}
