package dev.rosie.planner.embedded;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a spoken duration: "five minutes", "30 seconds", "a minute", "half an hour", "an hour and a half". */
final class Durations {
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("forty-five", 45), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("ninety", 90),
            Map.entry("a couple of", 2), Map.entry("a few", 3), Map.entry("couple of", 2), Map.entry("few", 3));
    private static final Pattern AMOUNT = Pattern.compile("\\b(\\d{1,5}|a couple of|couple of|a few|few|forty-five"
            + "|[a-z]+)\\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?)\\b");
    private static final Pattern HALF = Pattern.compile("\\bhalf (?:an|a) (hour|minute)\\b");
    /** Words that mean "briefly" without a number. */
    private static final Pattern MOMENT = Pattern.compile("\\b(?:a (?:moment|sec|second|bit|little|while)|a little while)\\b");

    /** What "wait" means with no duration. */
    static final Duration DEFAULT = Duration.ofSeconds(10);

    private Durations() {
    }

    /** The duration said in {@code lower}, if any; empty when none is said. */
    static Optional<Duration> parse(String lower) {
        Matcher half = HALF.matcher(lower);
        if (half.find()) {
            return Optional.of(half.group(1).equals("hour") ? Duration.ofMinutes(30) : Duration.ofSeconds(30));
        }
        Matcher m = AMOUNT.matcher(lower);
        while (m.find()) {
            String n = m.group(1);
            Integer count = n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : NUMBERS.get(n);
            if (count == null) {
                continue;
            }
            char unit = m.group(2).charAt(0);
            Duration d = switch (unit) {
                case 's' -> Duration.ofSeconds(count);
                case 'm' -> Duration.ofMinutes(count);
                default -> Duration.ofHours(count);
            };
            if (lower.substring(m.end()).matches("^\\s+and a half\\b.*")) {
                d = d.plus(d.dividedBy(count * 2L));
            }
            return Optional.of(d);
        }
        if (MOMENT.matcher(lower).find()) {
            return Optional.of(DEFAULT);
        }
        return Optional.empty();
    }
}
