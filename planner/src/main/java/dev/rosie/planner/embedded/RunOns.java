package dev.rosie.planner.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Puts back the pauses a speech transcript has lost. A recogniser writes "clean the nursery no wait
 * the office" and "go to the bedroom pick up the sock" with no commas, and without them a
 * correction is read as a second room to clean and two instructions as one. This inserts a comma
 * (a weak boundary, which the planner may still undo when a piece makes no sense alone):
 * <ul>
 *   <li>before a correction ("no wait", "actually the", "sorry i mean", "or rather", "scratch
 *       that", "never mind", "no the", "not the office") said after something else;</li>
 *   <li>before an instruction verb ("pick", "clean", "tell", ...) that follows the end of a noun
 *       phrase ("... the bedroom pick up ..."), but not after words that lead into a verb ("help me
 *       clean", "go look", "don't move", "the dock", "up close").</li>
 * </ul>
 * The words of a message ("tell alex come to the kitchen") are never cut: what follows a speech
 * verb is the message.
 */
final class RunOns {
    /** Correction openers that are markers whatever follows them. */
    private static final List<List<String>> CORRECTIONS = List.of(
            List.of("no", "wait"), List.of("wait", "no"), List.of("no", "no"), List.of("i", "mean"),
            List.of("i", "meant"), List.of("make", "that"), List.of("or", "rather"), List.of("scratch", "that"),
            List.of("never", "mind"), List.of("nevermind"), List.of("forget", "that"), List.of("cancel", "that"),
            List.of("sorry"), List.of("oops"), List.of("on", "second", "thought"), List.of("hang", "on"), List.of("hold", "on"));
    /** Markers that correct only when a name, another marker or an instruction follows ("no dust" is not one). */
    private static final Set<String> SOFT_MARKERS = Set.of("no", "actually", "wait", "rather");
    private static final Set<String> AFTER_SOFT = Set.of("the", "my", "not", "no", "wait", "make", "i", "actually",
            "sorry", "scratch", "never", "forget", "cancel", "just", "only", "hang", "hold");
    /** Verbs that begin an instruction to this robot. */
    static final Set<String> VERBS = Set.of("clean", "vacuum", "mop", "sweep", "hoover", "tidy", "scrub", "go", "head",
            "drive", "come", "return", "dock", "pick", "grab", "fetch", "bring", "take", "carry", "put", "place",
            "drop", "open", "close", "shut", "look", "check", "inspect", "find", "tell", "say", "announce", "remind",
            "stop", "wait", "pause", "halt", "move");
    /** What follows "do" when it is an instruction ("do the hallway"), not an auxiliary ("do you"). */
    private static final Set<String> DO_WHAT = Set.of("the", "my", "your", "it", "that", "this", "a", "some");
    /** Verbs that are a whole instruction with nothing after them. */
    private static final Set<String> ALONE = Set.of("dock", "stop", "wait", "pause", "halt");
    private static final Set<String> SPEECH_VERBS = Set.of("tell", "say", "announce", "remind");
    /**
     * Words after which a verb does not start a new instruction: determiners and possessives ("the
     * dock"), pronouns that lead into a verb ("help me clean"), auxiliaries and negations ("don't
     * move"), verbs that take another verb ("go look", "let me check"), particles and prepositions
     * ("up close", "in return"), and the sequence words the segmenter already cuts at.
     */
    private static final Set<String> LEADS_IN = Set.of("the", "a", "an", "my", "your", "our", "its", "his", "her",
            "their", "this", "that", "these", "those", "some", "any", "no", "every", "each", "i", "you", "we", "they",
            "he", "she", "me", "us", "him", "them", "to", "and", "or", "but", "then", "please", "can", "could", "would",
            "will", "shall", "should", "must", "might", "may", "do", "does", "did", "don't", "doesn't", "didn't",
            "dont", "not", "never", "just", "also", "first", "now", "go", "come", "let", "let's", "lets", "i'll",
            "you'll", "we'll", "gonna", "wanna", "up", "down", "in", "out", "on", "off", "over", "back", "away",
            "around", "of", "for", "with", "at", "by", "from", "into", "onto", "is", "are", "was", "were", "be", "been",
            "am", "it's", "that's", "help", "try", "want", "need", "like", "make", "see", "quickly", "quietly",
            "carefully", "always", "really", "straight", "so", "stay", "keep", "get", "if", "when", "once", "after", "before", "while",
            "until", "where", "what", "how", "who", "why", "which", "very", "too", "same");
    /**
     * Openers of a remark about the situation ("... it's sticky", "... i tracked mud in", "... is it
     * broken"), which the segmenter reads as context when it follows an instruction.
     */
    private static final List<List<String>> REMARKS = List.of(List.of("it's"), List.of("it", "is"), List.of("i'm"),
            List.of("i've"), List.of("i", "just"), List.of("i", "tracked"), List.of("i", "spilled"), List.of("i", "dropped"),
            List.of("we're"), List.of("we've"), List.of("he", "was"), List.of("she", "was"), List.of("he's"), List.of("she's"), List.of("there's"), List.of("they're"), List.of("is", "it"),
            List.of("is", "that"), List.of("is", "the"), List.of("are", "they"), List.of("was", "it"), List.of("did", "it"), List.of("does", "it"));

    /** Words after which "not the ..." is part of the sentence ("it's not the kitchen"), not a correction. */
    private static final Set<String> BEFORE_NOT = Set.of("is", "it's", "that's", "are", "was", "were", "do", "does",
            "did", "could", "would", "should", "will", "can", "clean", "vacuum", "mop", "go", "but", "and", "if");

    private RunOns() {
    }

    /** {@code text} (lower case, tidy spacing) with commas put back where a pause must have been. */
    static String cut(String text) {
        String[] words = text.split(" ");
        List<String> out = new ArrayList<>(words.length);
        boolean message = false;
        for (int i = 0; i < words.length; i++) {
            String w = bare(words[i]);
            if (i > 0 && !endsPiece(words[i - 1]) && !message) {
                String prev = bare(words[i - 1]);
                boolean opens = !LEADS_IN.contains(prev) && !VERBS.contains(prev)
                        && (verbAt(words, i) || remarkAt(words, i));
                if (opens || correctionAt(words, i, prev) && !insideMarker(words, i, prev)) {
                    out.set(out.size() - 1, words[i - 1] + ",");
                }
            }
            if (i > 0 && endsPiece(words[i - 1])) {
                message = false;
            }
            if (SPEECH_VERBS.contains(w)) {
                message = true;
            }
            out.add(words[i]);
        }
        return String.join(" ", out);
    }

    /**
     * An instruction verb at {@code i}; one that ends the piece only when it is a whole instruction
     * by itself ("... then dock", "... stop"), not a particle ("pull the door shut").
     */
    private static boolean verbAt(String[] words, int i) {
        String w = bare(words[i]);
        boolean last = i + 1 == words.length || endsPiece(words[i]);
        if (w.equals("do")) {
            // "... do the hallway": "do" is an instruction only with a thing to do after it.
            return !last && DO_WHAT.contains(bare(words[i + 1]));
        }
        return VERBS.contains(w) && (!last || ALONE.contains(w));
    }

    /**
     * Whether the word at {@code i} continues the marker {@code prev} began: two words of one marker
     * ("no wait", "or rather"), or a soft word after a marker ("sorry, actually the ...") unless a
     * marker of its own starts there ("wait i meant").
     */
    private static boolean insideMarker(String[] words, int i, String prev) {
        String w = bare(words[i]);
        for (List<String> marker : CORRECTIONS) {
            for (int k = 1; k < marker.size(); k++) {
                if (marker.get(k - 1).equals(prev) && marker.get(k).equals(w)) {
                    return true;
                }
            }
        }
        boolean afterMarker = SOFT_MARKERS.contains(prev) || prev.equals("sorry") || prev.equals("oops");
        return afterMarker && CORRECTIONS.stream().noneMatch(m -> startsWith(words, i, m));
    }

    private static boolean remarkAt(String[] words, int i) {
        return REMARKS.stream().anyMatch(r -> startsWith(words, i, r));
    }

    private static boolean correctionAt(String[] words, int i, String prev) {
        for (List<String> marker : CORRECTIONS) {
            if (startsWith(words, i, marker) && !(marker.getFirst().equals("sorry") && "i'm".equals(prev))) {
                return true;
            }
        }
        String w = bare(words[i]);
        if (SOFT_MARKERS.contains(w) && i + 1 < words.length && !BEFORE_NOT.contains(prev)) {
            String next = bare(words[i + 1]);
            return AFTER_SOFT.contains(next) || VERBS.contains(next) && !w.equals("wait");
        }
        if (w.equals("not") && i + 1 < words.length && Set.of("the", "my").contains(bare(words[i + 1]))
                && !BEFORE_NOT.contains(prev)) {
            for (int j = i + 1; j < words.length; j++) {
                if (bare(words[j]).equals("but") || endsPiece(words[j])) {
                    return !bare(words[j]).equals("but");
                }
            }
            return true;
        }
        return false;
    }

    private static boolean startsWith(String[] words, int i, List<String> marker) {
        if (i + marker.size() > words.length) {
            return false;
        }
        for (int k = 0; k < marker.size(); k++) {
            String w = k == marker.size() - 1 ? bare(words[i + k]) : words[i + k];
            if (!w.equals(marker.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsPiece(String word) {
        return word.endsWith(",") || word.endsWith(".") || word.endsWith(";") || word.endsWith(":");
    }

    private static String bare(String word) {
        return word.replaceAll("[,.;:]+$", "");
    }
}
