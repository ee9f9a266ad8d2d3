package dev.rosie.planner.llm;

import java.time.Duration;
import java.time.Instant;

/** Compact relative times for prompts ({@code 5 min ago}): shorter than timestamps and what a model needs. */
final class Ages {
    private Ages() {
    }

    static String ago(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        if (d.isNegative()) {
            return "just now";
        }
        long s = d.toSeconds();
        if (s < 90) {
            return s + " s ago";
        }
        if (s < 90 * 60) {
            return (s / 60) + " min ago";
        }
        if (s < 36 * 3600) {
            return (s / 3600) + " h ago";
        }
        return (s / 86400) + " days ago";
    }
}
