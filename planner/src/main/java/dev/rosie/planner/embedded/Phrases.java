package dev.rosie.planner.embedded;

import java.util.List;
import java.util.Set;

/**
 * What the skill book's wording says about a piece of text: whether it is only a name ("the
 * office", "the garage") rather than an instruction, judged by the words the exemplars use.
 */
final class Phrases {
    private static final Set<String> FILLERS = Set.of("the", "a", "an", "my", "our", "your", "too", "also", "as",
            "well", "both", "one", "please", "just", "again");
    private static final int MAX_UNKNOWN_WORDS = 3;

    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "my", "our", "your");

    private final Set<String> skillWords;
    private final Set<String> leadWords;
    private final Set<String> exemplars;

    Phrases(SkillBook book) {
        this.skillWords = book.words();
        this.leadWords = book.leadWords();
        this.exemplars = new java.util.HashSet<>();
        book.exemplars().values().forEach(exemplars::addAll);
    }

    /**
     * True when {@code lower} names something and asks nothing: every word is a filler, part of a
     * known name, or a word no exemplar uses (so probably part of a name we do not know), and it
     * does not start like an instruction.
     */
    boolean isBareName(String lower, Vocabulary vocabulary) {
        List<String> words = Words.of(lower);
        if (words.isEmpty() || exemplars.contains(lower.strip())) {
            // "dock" is the dock's name and also a whole instruction.
            return false;
        }
        List<Mention> mentions = vocabulary.exactMentions(lower);
        if (leadWords.contains(words.getFirst()) && mentions.stream().noneMatch(m -> m.start() == 0)) {
            return false;
        }
        int unknown = 0;
        int named = 0;
        boolean started = false;
        boolean afterName = false;
        for (int[] span : Words.spans(lower)) {
            String w = lower.substring(span[0], span[1]);
            if (mentions.stream().anyMatch(m -> m.overlaps(span[0], span[1]))) {
                named++;
                afterName = true;
            } else if (FILLERS.contains(w)) {
                if (started && !afterName && ARTICLES.contains(w)) {
                    // "visit the nursery": an unknown word before an article is a verb, not part of a name;
                    // after a name, an article starts the next one ("the hallway the bathroom": a list
                    // said without "and", or "then" heard as "the").
                    return false;
                }
                continue;
            } else if (!skillWords.contains(w) && !Words.FUNCTION.contains(w)) {
                unknown++;
                afterName = false;
            } else {
                return false;
            }
            started = true;
        }
        return named + unknown > 0 && unknown <= MAX_UNKNOWN_WORDS;
    }

    boolean isSkillWord(String word) {
        return skillWords.contains(word);
    }
}
