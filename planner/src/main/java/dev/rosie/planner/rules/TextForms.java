package dev.rosie.planner.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/** Reduces command text to the plain lower-case form the clause patterns are written against. */
final class TextForms {
    private static final Pattern WAKE = Pattern.compile("^(?:hey |ok |okay )?rosie\\b[,:!.]?\\s*");
    private static final Pattern POLITE = Pattern.compile("\\b(?:please|could you|can you|would you|kindly|now)\\b");
    private static final Pattern PUNCTUATION = Pattern.compile("[!?.\"“”]+");

    private TextForms() {
    }

    static String simplify(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('’', '\'').trim();
        t = WAKE.matcher(t).replaceFirst("");
        t = PUNCTUATION.matcher(t).replaceAll(" ");
        t = POLITE.matcher(t).replaceAll(" ");
        return t.replaceAll("\\s+", " ").trim();
    }
}
