package dev.rosie.planner.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans command text and cuts it into {@link Fragment}s: first at sequence words and sentence ends
 * (strong boundaries: "then", "and after that", "afterwards", ". ", ";"), then at commas and bare
 * "and" (weak boundaries, which the planner may undo when a piece makes no sense alone). Politeness
 * and fillers at the start of a piece ("could you", "please", "first") are dropped.
 */
final class Segmenter {
    private static final Pattern WAKE = Pattern.compile("\\b(?:(?:hey|hi|ok|okay)\\s+)?rosie\\b");
    private static final Pattern STRONG = Pattern.compile("\\s*(?:[.;:](?!\\d)\\s*)+|\\s*,?\\s*\\b(?:and then|and after that"
            + "|and afterwards|after that|afterwards|then|after which|and next|once (?:you'?re|you are) done"
            + "|when (?:you'?re|you are) (?:done|finished)|once done|when done|followed by|and finally|finally"
            + "|after this|after you'?ve done that)\\b\\s*,?\\s*");
    private static final Pattern WEAK = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+(?:also\\s+)?");
    private static final Pattern LEADING = Pattern.compile("^(?:and|so|ok|okay|alright|all right|right|well|oh|um|uh|er|erm|also|first of all"
            + "|first|firstly|then|now|please|just|could you|can you|would you mind|would you kindly|would you"
            + "|will you|i'd like you to|i would like you to|i want you to|i need you to|go ahead and|kindly"
            + "|be a dear and|rosie)\\b\\s*");
    private static final Pattern PLEASE = Pattern.compile("\\b(?:please|for me|thanks|thank you)\\b");

    /**
     * A piece that tells the robot what not to do, or only describes the situation ("don't wake sam",
     * "stay out of the nursery", "sam's asleep"). It is context, never an order: planning its nouns
     * would send the robot exactly where it was told not to go.
     */
    private static final Pattern PROHIBITION = Pattern.compile(
            "^(?:but |and |so |please )?(?:don't|do not|dont|never(?! mind)|avoid|no need to|without"
                    + "|(?:stay|keep|steer) (?:well |right )?(?:out of|away from|clear of|off)|leave .* alone)\\b"
                    + "|\\b(?:is|are|'s) (?:asleep|sleeping|napping|off limits|out of bounds)\\b");

    /**
     * A piece that only describes, after an instruction: the speaker about themselves ("i spilled some
     * crumbs", "i'm on a phone call"), the state of things ("it's sticky over by the bin") or a tag
     * question ("is it broken?"). Alone such a piece may be the request ("i spilled something in the
     * kitchen"); after an instruction it explains that instruction and asks for nothing more.
     */
    private static final Pattern DESCRIPTION = Pattern.compile("^(?!(?:i|we)(?:'d| would| want| need| wish)\\b)"
            + "(?:i'm|i am|i've|i have|i was|i|we're|we are|we've|we|it's|it is|it was|it got|they're|they are|there's"
            + "|is it|is that|is the|are they|are the|was it|did it|does it)\\b");

    /** "If it isn't too much trouble", "when you get a chance": politeness around a request, not a request. */
    private static final Pattern POLITE = Pattern.compile("\\b(?:if (?:it'?s|it is|it isn'?t|it is not|that'?s|that is)"
            + " (?:not )?(?:too much|a) (?:trouble|bother)|if you don'?t mind|if you can|if possible|if you could"
            + "|when you (?:get|have) a (?:chance|moment|minute|sec|second)|whenever you can)\\b");

    /** "..., little robot": the robot addressed by what it is, like its name. */
    private static final Pattern VOCATIVE = Pattern.compile("(?:^|,\\s*)(?:hey |oh )?(?:(?:little|good|dear|silly|my)"
            + " )?(?:robot|robo|buddy)(?=\\s*(?:[,.;:]|$))");

    /**
     * "After you finish the office, tell me": the first part is itself the first step ("finish the
     * office", which for this robot means cleaning it), and the rest follows it.
     */
    private static final Pattern AFTER_YOU_FINISH = Pattern.compile("^(?:after|when|once) you(?:'re| are|'ve| have)?"
            + " (?:finish(?:ed)?|done|through)(?: (with|in|cleaning))? ([^,.;]+?)\\s*,\\s*");

    /** "Go home little robot": the same, at the end, without the comma a transcript never has. */
    private static final Pattern TRAILING_VOCATIVE = Pattern.compile("\\s+(?:little|good|dear|silly) (?:robot|robo)$");

    /**
     * "close it door": a recogniser often writes "its" as "it", and "it" before a noun can only be
     * the possessive, so the door meant is the one just named, not whichever door is nearest.
     */
    private static final Pattern IT_AS_ITS = Pattern.compile("\\bit (?=(?:door|floor|window|lid|dock|bed|light|lights"
            + "|carpet|rug|corner|corners|toys?)\\b)");

    /** "Go to bed" (no article) is the idiom, going to sleep; "go to the bed" is the furniture. */
    private static final Pattern TO_BED = Pattern.compile("\\b(go|head|off) to bed\\b");

    /** "Don't move" is itself an order: to stop. */
    private static final Pattern STAY_STILL = Pattern.compile("^(?:don't|do not|dont) (?:move|budge|go anywhere)\\b");

    private Segmenter() {
    }

    /** Lower case, typographic quotes folded, the robot's name and quote marks removed. */
    static String clean(String raw) {
        String t = raw.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace("\u2026", ",").replace("...", ",");
        t = WAKE.matcher(t).replaceAll(" ");
        t = t.replaceAll("\\s+[-\u2013\u2014]+\\s+|\\s*--+\\s*|\\s*[\u2013\u2014]\\s*", ", ");
        t = t.replaceAll("[!?]+", ".");
        t = t.replace('"', ' ');
        // An apostrophe inside a word ("baby's", "don't") stays; one used as a quote mark goes.
        t = t.replaceAll("(?<![a-z])'|'(?![a-z])", " ");
        t = t.replaceAll("[()\\[\\]{}*_#]", " ");
        t = t.replaceAll("\\s+", " ").replaceAll("\\s+([,.;:])", "$1").strip();
        t = VOCATIVE.matcher(t).replaceAll("");
        t = POLITE.matcher(t).replaceAll(" ");
        t = TO_BED.matcher(t).replaceAll("$1 to sleep");
        t = IT_AS_ITS.matcher(t).replaceAll("its ");
        t = t.replaceAll("\\s+", " ").replaceAll("\\s+([,.;:])", "$1").replaceAll(",\\s*,", ",").strip();
        t = TRAILING_VOCATIVE.matcher(RunOns.cut(t)).replaceAll("");
        Matcher after = AFTER_YOU_FINISH.matcher(t);
        if (after.find()) {
            t = "finish " + ("in".equals(after.group(1)) ? "up in " : "") + after.group(2) + ", then " + t.substring(after.end());
        }
        t = t.replaceAll("^[,.;:\\s]+", "");
        return t;
    }

    /** The command as fragments, in order. */
    static List<Fragment> split(String raw) {
        String text = clean(raw);
        List<Fragment> out = new ArrayList<>();
        Fragment.Boundary next = Fragment.Boundary.START;
        for (String strong : splitKeeping(STRONG, text)) {
            Fragment.Boundary weakNext = next;
            for (String weak : WEAK.split(strong)) {
                String piece = tidy(weak);
                if (!piece.isEmpty()) {
                    boolean describes = DESCRIPTION.matcher(piece).find()
                            && out.stream().anyMatch(Fragment::isAction);
                    Fragment.Role role = describes || PROHIBITION.matcher(piece).find() && !STAY_STILL.matcher(piece).find()
                            ? Fragment.Role.CONTEXT : Fragment.Role.ACTION;
                    out.add(new Fragment(piece, out.isEmpty() ? Fragment.Boundary.START : weakNext, role));
                    weakNext = Fragment.Boundary.WEAK;
                }
            }
            next = Fragment.Boundary.STRONG;
        }
        return out;
    }

    private static List<String> splitKeeping(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        int from = 0;
        while (m.find()) {
            out.add(text.substring(from, m.start()));
            from = m.end();
        }
        out.add(text.substring(from));
        return out;
    }

    /** Drops leading fillers and politeness, repeatedly, and stray punctuation. */
    static String tidy(String piece) {
        String t = PLEASE.matcher(piece).replaceAll(" ").replaceAll("\\s+", " ").strip();
        String before;
        do {
            before = t;
            t = LEADING.matcher(t).replaceFirst("").strip();
            t = t.replaceAll("^[,.;:]+\\s*", "").replaceAll("\\s*[,.;:]+$", "");
        } while (!t.equals(before));
        return t;
    }
}
