package dev.rosie.perception.speech;

import dev.rosie.core.text.EditDistance;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word error rate: the word-level edit distance (substitutions + deletions + insertions) between a
 * reference and a hypothesis, over the reference's word count. Comparison ignores case and
 * punctuation, as transcripts have none.
 */
public final class WordErrorRate {
    private WordErrorRate() {
    }

    /** Edits needed and reference length for one pair. */
    public record Score(int edits, int referenceWords) {
        public boolean exact() {
            return edits == 0;
        }
    }

    /** A running total over many pairs. */
    public record Tally(int edits, int referenceWords, int exact, int utterances) {
        public static final Tally EMPTY = new Tally(0, 0, 0, 0);

        public Tally plus(Score s) {
            return new Tally(edits + s.edits(), referenceWords + s.referenceWords(), exact + (s.exact() ? 1 : 0), utterances + 1);
        }

        public double wer() {
            return referenceWords == 0 ? 0 : (double) edits / referenceWords;
        }

        public double exactRate() {
            return utterances == 0 ? 0 : (double) exact / utterances;
        }
    }

    public static Score score(String reference, String hypothesis) {
        List<String> ref = words(reference);
        List<String> hyp = words(hypothesis);
        return new Score(EditDistance.between(ref, hyp), ref.size());
    }

    static List<String> words(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' \\[\\]]", " ").trim();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }
}
