package dev.rosie.launch.wiring;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises an answer to "Owner, say yes to go ahead": the whole utterance is a yes. Whether it
 * counts (the owner's, in time, once) is the guard's decision, not this class's.
 */
final class Confirmations {
    private static final Pattern YES = Pattern.compile("^(?:yes|yeah|yep|confirm|confirmed|i confirm|go ahead|do it"
            + "|ok(?:ay)?,? (?:go ahead|do it)|yes,? (?:go ahead|do it|please|confirmed|i confirm))$");

    private Confirmations() {
    }

    static boolean isConfirmation(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z ,]+", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("^(?:rosie,? )", "").replaceAll(",$", "").strip();
        return YES.matcher(t).matches();
    }
}
