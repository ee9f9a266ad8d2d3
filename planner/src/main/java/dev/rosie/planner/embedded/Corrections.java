package dev.rosie.planner.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the speaker's corrections to a command's fragments before anything is planned:
 * <ul>
 *   <li>"clean the nursery, no wait, the office" / "..., actually, the office" / "..., I mean the
 *       office" / "..., make that the office" / "..., or rather the office": a bare name after a
 *       correction word replaces the last name of the piece before it;</li>
 *   <li>"open the front door, actually, close it": a whole instruction after a correction word
 *       replaces the instruction before it;</li>
 *   <li>"scratch that", "never mind", "forget that", "cancel that": everything said before goes;</li>
 *   <li>"not the nursery, the office": the first name is replaced by the second wherever it was said
 *       ("clean the nursery - not the nursery, the office"); "clean the office, not the nursery" just
 *       drops the negated piece; "clean not the nursery but the office" and "clean the kitchen
 *       instead of the bathroom" are rewritten inside the piece.</li>
 * </ul>
 * Replaced pieces stay in the list as {@link Fragment.Role#CONTEXT}, so a later "it" can still
 * refer to what they named.
 */
final class Corrections {
    private static final Pattern MARKER = Pattern.compile("^(?:no wait|wait no|no no|no|nope|sorry|oops|i mean to say"
            + "|i meant|i mean|actually|make that|make it|or rather|rather|correction|on second thought|hang on|hold on)\\b\\s*,?\\s*");
    private static final Pattern CANCEL = Pattern.compile("^(?:scratch that|never mind(?: that)?|nevermind|forget that|forget about that|forget it"
            + "|cancel that|ignore that)\\b\\s*,?\\s*");
    private static final Set<String> HESITATIONS = Set.of("wait", "hang on", "hold on", "hmm", "um", "uh", "oh", "er");
    private static final Pattern NOT_BUT = Pattern.compile("\\bnot (?:the |my )?(.+?),? but (?:the |my )?");
    private static final Pattern INSTEAD_OF = Pattern.compile("\\s*,?\\s*\\b(?:instead of|rather than) (?:the |my )?.+$");
    private static final Pattern INSTEAD = Pattern.compile("\\s*\\binstead\\b\\s*$");
    private static final Pattern NEGATED = Pattern.compile("^(?:but )?not (?:the |my )?(.+)$");
    /** "not the X" followed by more words: each "the" or "my" after it is a place the piece may be cut. */
    private static final Pattern NOT_THEN_NAME = Pattern.compile("\\bnot (?:the |my )?(.+?)(?= (?:the|my) )");
    /** "..., no, just the office": of the names just said, only this one. */
    private static final Pattern ONLY = Pattern.compile("^(?:just|only) (.+)$");
    private static final Pattern DETERMINERS = Pattern.compile("^(?:the|my|our|your|a|an)\\s+");

    private final Vocabulary vocabulary;
    private final Phrases phrases;

    Corrections(Vocabulary vocabulary, Phrases phrases) {
        this.vocabulary = vocabulary;
        this.phrases = phrases;
    }

    List<Fragment> apply(List<Fragment> said) {
        List<Fragment> fragments = splitNotThisButThat(said);
        List<Fragment> out = new ArrayList<>();
        boolean replacePending = false;
        String negated = null;
        for (int i = 0; i < fragments.size(); i++) {
            Fragment f = fragments.get(i);
            String text = f.text();
            if (HESITATIONS.contains(text) && i + 1 < fragments.size() && startsWithMarker(fragments.get(i + 1).text())) {
                out.add(f.asContext());
                continue;
            }
            boolean cancel = false;
            boolean marker = false;
            for (boolean again = true; again; ) {
                again = false;
                Matcher c = CANCEL.matcher(text);
                if (c.lookingAt()) {
                    cancel = true;
                    text = text.substring(c.end());
                    again = true;
                }
                Matcher m = MARKER.matcher(text);
                if (m.lookingAt() && m.end() > 0) {
                    marker = true;
                    text = text.substring(m.end());
                    again = true;
                }
            }
            if (cancel) {
                out.replaceAll(Fragment::asContext);
            }
            text = rewriteInside(text);
            if (text.isBlank()) {
                replacePending |= marker;
                out.add(f.withText(f.text()).asContext());
                continue;
            }
            Matcher neg = NEGATED.matcher(text);
            if (neg.matches() && phrases.isBareName(neg.group(1), vocabulary)) {
                negated = neg.group(1);
                out.add(f.withText(text).asContext());
                continue;
            }
            Fragment piece = f.withText(text);
            if (negated != null && phrases.isBareName(text, vocabulary)) {
                if (substituteNamed(out, negated, text)) {
                    out.add(piece.asContext());
                } else {
                    out.add(piece);
                }
                negated = null;
                replacePending = false;
                continue;
            }
            negated = null;
            if (replacePending || marker) {
                Matcher only = ONLY.matcher(text);
                if (only.matches() && phrases.isBareName(only.group(1), vocabulary)) {
                    keepOnly(out, only.group(1));
                    out.add(piece.asContext());
                    replacePending = false;
                    continue;
                }
                if (phrases.isBareName(text, vocabulary)) {
                    if (substituteLast(out, text)) {
                        out.add(piece.asContext());
                    } else {
                        out.add(piece);
                    }
                } else {
                    dropLastInstruction(out);
                    out.add(piece);
                }
                replacePending = false;
                continue;
            }
            out.add(piece);
        }
        return out;
    }

    /**
     * "no not the nursery the office": said with a pause it is two pieces, the negated name and its
     * replacement; a transcript has no pause, so the piece is cut after the negated name when both
     * halves are names.
     */
    private List<Fragment> splitNotThisButThat(List<Fragment> fragments) {
        List<Fragment> out = new ArrayList<>();
        for (Fragment f : fragments) {
            Matcher not = NOT_THEN_NAME.matcher(f.text());
            boolean split = false;
            while (not.find()) {
                String negated = not.group(1);
                String rest = f.text().substring(not.end(1)).strip();
                if (phrases.isBareName(negated, vocabulary) && phrases.isBareName(rest, vocabulary)) {
                    out.add(f.withText(f.text().substring(0, not.end(1))));
                    out.add(new Fragment(rest, Fragment.Boundary.WEAK, f.role()));
                    split = true;
                    break;
                }
            }
            if (!split) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean startsWithMarker(String text) {
        return MARKER.matcher(text).lookingAt() || CANCEL.matcher(text).lookingAt();
    }

    /** "clean not the nursery but the office" -> "clean the office"; "X instead of Y" -> "X". */
    static String rewriteInside(String text) {
        String t = NOT_BUT.matcher(text).replaceAll("the ");
        t = INSTEAD_OF.matcher(t).replaceAll("");
        t = INSTEAD.matcher(t).replaceAll("");
        return t.strip();
    }

    /** Replaces the name {@code negated} by {@code replacement} in the last action piece that says it. */
    private boolean substituteNamed(List<Fragment> out, String negated, String replacement) {
        List<Mention> target = vocabulary.exactMentions(negated);
        for (int i = out.size() - 1; i >= 0; i--) {
            Fragment f = out.get(i);
            if (!f.isAction()) {
                continue;
            }
            for (Mention m : vocabulary.exactMentions(f.text())) {
                boolean same = target.isEmpty() ? f.text().substring(m.start(), m.end()).equals(negated)
                        : target.getFirst().entry().equals(m.entry());
                if (same) {
                    out.set(i, f.withText(splice(f.text(), m.start(), m.end(), replacement)));
                    return true;
                }
            }
            int at = f.text().lastIndexOf(negated);
            if (at >= 0) {
                out.set(i, f.withText(splice(f.text(), at, at + negated.length(), replacement)));
                return true;
            }
        }
        return false;
    }

    /** Replaces the last name said in the last action piece, preferring one of the same kind. */
    private boolean substituteLast(List<Fragment> out, String replacement) {
        Optional<Vocabulary.Kind> kind = vocabulary.exactMentions(replacement).stream().findFirst()
                .map(m -> m.entry().kind());
        for (int i = out.size() - 1; i >= 0; i--) {
            Fragment f = out.get(i);
            if (!f.isAction()) {
                continue;
            }
            List<Mention> mentions = vocabulary.exactMentions(f.text());
            Optional<Mention> sameKind = mentions.stream()
                    .filter(m -> kind.isPresent() && m.entry().kind() == kind.get()).reduce((a, b) -> b);
            Optional<Mention> last = sameKind.or(() -> mentions.stream().reduce((a, b) -> b));
            if (last.isPresent()) {
                out.set(i, f.withText(splice(f.text(), last.get().start(), last.get().end(), replacement)));
                return true;
            }
            int the = f.text().lastIndexOf("the ");
            if (the >= 0) {
                out.set(i, f.withText(f.text().substring(0, the) + "the " + stripDeterminer(replacement)));
                return true;
            }
            return false;
        }
        return false;
    }

    /**
     * "clean the bedroom and the office, no, just the office": the names that continued the last
     * instruction go, and the instruction's own name becomes {@code name}.
     */
    private void keepOnly(List<Fragment> out, String name) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Fragment f = out.get(i);
            if (!f.isAction()) {
                continue;
            }
            if (!phrases.isBareName(f.text(), vocabulary)) {
                substituteLast(out.subList(0, i + 1), name);
                return;
            }
            out.set(i, f.asContext());
        }
    }

    /** Drops the last instruction and the bare names that continued it ("clean the kitchen and the hall"). */
    private void dropLastInstruction(List<Fragment> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Fragment f = out.get(i);
            if (!f.isAction()) {
                continue;
            }
            out.set(i, f.asContext());
            if (!phrases.isBareName(f.text(), vocabulary)) {
                return;
            }
        }
    }

    private static String splice(String text, int start, int end, String replacement) {
        return text.substring(0, start) + stripDeterminer(replacement) + text.substring(end);
    }

    private static String stripDeterminer(String phrase) {
        return DETERMINERS.matcher(phrase.strip()).replaceFirst("");
    }
}
