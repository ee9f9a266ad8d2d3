package dev.rosie.planner.embedded;

import dev.rosie.core.action.Action;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to say, taken from the command itself: the words after "say", "tell alex (that)",
 * "announce (that)", "let everyone know (that)". Copied from the original text so its case
 * survives ("say 'I am a robot'"). Never interpreted: text to speak is not an instruction.
 */
final class SpokenText {
    private static final Pattern LEAD = Pattern.compile("^(?:.*?\\b)?(?:say(?: out loud)?|tell (?:the |my |our )?\\w+(?: that)?"
            + "|announce(?: that)?|let (?:\\w+ )?know(?: that)?|shout(?: that)?|call out(?: that)?"
            + "|remind \\w+(?: to)?|inform \\w+(?: that)?|repeat after me)\\b[,:]?\\s*(.+)$");

    private SpokenText() {
    }

    /** The text to say in {@code lower}, re-cased from {@code original} where it can be found there. */
    static Optional<String> extract(String lower, String original) {
        Matcher m = LEAD.matcher(lower);
        if (!m.matches()) {
            return Optional.empty();
        }
        String said = m.group(1).strip();
        if (said.isEmpty()) {
            return Optional.empty();
        }
        Matcher inOriginal = Pattern.compile(Pattern.quote(said), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(original);
        String text = inOriginal.find() ? inOriginal.group() : said;
        if (text.length() > Action.Say.MAX_TEXT) {
            text = text.substring(0, Action.Say.MAX_TEXT);
        }
        return Optional.of(text);
    }
}
