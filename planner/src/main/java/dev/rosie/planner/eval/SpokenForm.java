package dev.rosie.planner.eval;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command as a speech recogniser writes it: lower case, no punctuation (no commas or full stops
 * to cut clauses at, no question marks), numbers as words, hyphens as spaces; apostrophes inside
 * words stay ("don't"), as Vosk writes them. Running an evaluation set through this measures how
 * much of the planner's accuracy depends on punctuation that speech never has.
 */
public final class SpokenForm {
    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final Pattern CLOCK = Pattern.compile("\\b(\\d{1,2}):(\\d{2})\\b");
    private static final Pattern DECIMAL = Pattern.compile("\\b(\\d+)\\.(\\d+)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");

    private SpokenForm() {
    }

    /** {@code text} as a recogniser would write it. */
    public static String of(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        t = replace(CLOCK, t, m -> words(Integer.parseInt(m.group(1)))
                + (m.group(2).equals("00") ? "" : " " + minutes(Integer.parseInt(m.group(2)))));
        t = replace(DECIMAL, t, m -> number(m.group(1)) + " point " + String.join(" ",
                m.group(2).chars().mapToObj(c -> ONES[c - '0']).toList()));
        t = replace(NUMBER, t, m -> number(m.group()));
        // An apostrophe inside a word stays; every other mark goes, as it does in a transcript.
        t = t.replaceAll("(?<![a-z])'|'(?![a-z])", " ");
        t = t.replaceAll("[^a-z' ]", " ");
        return t.replaceAll("\\s+", " ").strip();
    }

    private static String minutes(int m) {
        return m < 10 ? "oh " + ONES[m] : words(m);
    }

    private static String number(String digits) {
        if (digits.length() > 4) {
            // Long numbers are read digit by digit, like a code.
            return String.join(" ", digits.chars().mapToObj(c -> ONES[c - '0']).toList());
        }
        return words(Integer.parseInt(digits));
    }

    /** 0 to 9999 in words, without "and" ("one hundred five"), as Vosk's small model writes them. */
    static String words(int n) {
        if (n < 20) {
            return ONES[n];
        }
        if (n < 100) {
            return TENS[n / 10] + (n % 10 == 0 ? "" : " " + ONES[n % 10]);
        }
        if (n < 1000) {
            return ONES[n / 100] + " hundred" + (n % 100 == 0 ? "" : " " + words(n % 100));
        }
        return words(n / 1000) + " thousand" + (n % 1000 == 0 ? "" : " " + words(n % 1000));
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(b);
        return b.toString();
    }
}
