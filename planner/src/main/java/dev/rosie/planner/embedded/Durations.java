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

    private static final Pattern AND_A_HALF = Pattern.compile("\\b(\\d{1,5}|[a-z]+) and a half (seconds?|minutes?|hours?)\\b");

    /** What "wait" means with no duration. */
    static final Duration DEFAULT = Duration.ofSeconds(10);

    private Durations() {
    }

    /** The duration said in {@code lower}, if any; empty when none is said. */
    static Optional<Duration> parse(String lower) {
        Matcher andAHalf = AND_A_HALF.matcher(lower);
        if (andAHalf.find()) {
            Integer count = count(andAHalf.group(1));
            if (count != null) {
                Duration unit = unit(andAHalf.group(2).charAt(0));
                return Optional.of(unit.multipliedBy(count).plus(unit.dividedBy(2)));
            }
        }
        Matcher half = HALF.matcher(lower);
        if (half.find()) {
            return Optional.of(half.group(1).equals("hour") ? Duration.ofMinutes(30) : Duration.ofSeconds(30));
        }
        Matcher m = AMOUNT.matcher(lower);
        while (m.find()) {
            Integer count = count(m.group(1));
            if (count == null) {
                continue;
            }
            Duration d = unit(m.group(2).charAt(0)).multipliedBy(count);
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

    private static Integer count(String n) {
        return n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : NUMBERS.get(n);
    }

    private static Duration unit(char first) {
        return switch (first) {
            case 's' -> Duration.ofSeconds(1);
            case 'm' -> Duration.ofMinutes(1);
            default -> Duration.ofHours(1);
        };
    }
}
