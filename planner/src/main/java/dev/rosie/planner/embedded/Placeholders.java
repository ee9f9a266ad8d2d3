package dev.rosie.planner.embedded;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a clause into the form it is matched against skills in: each name becomes the
 * placeholder of its kind ("clean the kitchen" -> "clean the room"), so a clause is matched on what
 * it asks rather than on which room it names, and the words to be spoken after "say" become
 * "something" ("say I am a robot" -> "say something"), because what to say is content, not
 * instruction, and loose stuff ({@link Words#SUBSTANCES}) becomes "dirt". Exemplars get the same
 * treatment, so both sides of a comparison look alike.
 */
final class Placeholders {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "my", "your", "our", "this", "that",
            "his", "her", "their");
    private static final Pattern SPOKEN = Pattern.compile("^((?:please )?(?:say(?: out loud)?|announce(?: that)?"
            + "|shout(?: that)?|repeat after me|let (?:\\w+ )?know(?: that)?)\\b[,:]?)\\s+(.+)$");

    /** Loose stuff reads as "dirt": what makes a clause about cleaning is that there is some, not which. */
    private static final Pattern SUBSTANCE = Pattern.compile("\\b(?:" + String.join("|", Words.SUBSTANCES) + ")\\b");

    private Placeholders() {
    }

    /** As {@link #apply(String, List)}, also standing "the thing" in for unknown names after an article. */
    static String apply(String lower, List<Mention> mentions, List<SlotFinder.Unknown> unknown) {
        List<Mention> all = new java.util.ArrayList<>(mentions);
        for (SlotFinder.Unknown u : unknown) {
            int at = u.afterArticle() ? lower.indexOf(u.phrase()) : -1;
            if (at >= 0 && all.stream().noneMatch(m -> m.overlaps(at, at + u.phrase().length()))) {
                all.add(new Mention(at, at + u.phrase().length(), UNKNOWN_THING, "unknown", 0));
            }
        }
        all.sort(java.util.Comparator.comparingInt(Mention::start));
        return apply(lower, all);
    }

    private static final Vocabulary.Entry UNKNOWN_THING = new Vocabulary.Entry("unknown", Vocabulary.Kind.OBJECT,
            java.util.Optional.empty(), List.of());

    static String apply(String lower, List<Mention> mentions) {
        Matcher spoken = SPOKEN.matcher(lower);
        if (spoken.matches()) {
            return spoken.group(1) + " something";
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Mention m : mentions) {
            if (m.start() < at) {
                continue;
            }
            out.append(lower, at, m.start());
            List<String> words = Words.of(lower.substring(0, m.start()));
            boolean determined = !words.isEmpty() && DETERMINERS.contains(words.getLast());
            out.append(determined ? "" : "the ").append(m.entry().kind().placeholder);
            at = m.end();
        }
        out.append(lower.substring(at));
        return SUBSTANCE.matcher(out.toString()).replaceAll("dirt").replaceAll("\\s+", " ").strip();
    }
}
