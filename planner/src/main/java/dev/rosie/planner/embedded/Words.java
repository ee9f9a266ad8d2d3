package dev.rosie.planner.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level helpers over lower-case text. */
final class Words {
    static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");
    /** Words that never name a thing: articles, pronouns, prepositions, particles. */
    static final Set<String> FUNCTION = Set.of("the", "a", "an", "my", "your", "our", "their", "his", "her", "its",
            "this", "that", "these", "those", "some", "any", "all", "every", "each", "of", "to", "in", "into", "on",
            "onto", "at", "by", "near", "next", "beside", "under", "over", "around", "from", "off", "up", "down",
            "out", "for", "with", "and", "or", "but", "then", "too", "also", "as", "well", "please", "just", "me",
            "you", "it", "them", "there", "here", "i", "we", "us", "is", "are", "be", "can", "could", "would",
            "will", "should", "now", "again", "back", "so", "very", "really", "right", "little", "big", "one", "i'd",
            "i'm", "i've", "i'll", "it's", "you're", "let's", "there's", "that's", "don't", "can't", "won't",
            "we're", "where", "what", "which", "who", "when", "how", "if", "whether", "not", "no", "than");

    /**
     * Loose stuff a vacuum takes up ("the sand", "the glitter ground into the rug"). Such a word
     * says what the mess is, not which thing to act on, so it is never asked about as an unknown
     * name; it reads as "dirt" when the clause is matched to skills. Words the exemplars already use
     * ("dust", "crumbs", "cereal", "hair", "chips") are left out: the exemplars give them their
     * weight, and reading them as "dirt" too pulled "pick up the toy car ... chips on it" to cleaning.
     */
    static final Set<String> SUBSTANCES = Set.of("mud", "sand", "grit", "gravel", "soil", "crumb", "flour", "sugar",
            "salt", "rice", "oats", "grounds", "glitter", "confetti", "lint", "fluff", "fur", "dander", "sawdust", "ash",
            "ashes", "litter", "leaves", "seeds", "birdseed", "popcorn", "crisps", "cookie", "crackers", "pollen",
            "debris", "muck", "grime", "soot");

    private Words() {
    }

    static List<String> of(String lower) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Spans {@code [start, end)} of every word in {@code lower}. */
    static List<int[]> spans(String lower) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
