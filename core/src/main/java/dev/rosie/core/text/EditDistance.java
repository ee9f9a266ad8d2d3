package dev.rosie.core.text;

import java.util.List;
import java.util.Objects;

/**
 * Levenshtein distance: the fewest substitutions, deletions and insertions that turn one sequence
 * into another. Word error rates count it over words, typo hints over letters; both are short, so
 * the quadratic table (two rows of it) is small.
 */
public final class EditDistance {
    private EditDistance() {
    }

    /** The distance between two sequences, elements compared with {@code equals}. */
    public static <T> int between(List<T> a, List<T> b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int substitute = prev[j - 1] + (Objects.equals(a.get(i - 1), b.get(j - 1)) ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }

    /** The distance between two strings, letter by letter (UTF-16 units). */
    public static int between(String a, String b) {
        return between(a.chars().boxed().toList(), b.chars().boxed().toList());
    }
}
