package dev.rosie.planner.embedded;

import dev.rosie.core.action.CleanMode;
import java.util.regex.Pattern;

/** How thoroughly a clause asks to clean: "quick once-over" or "deep, thorough clean", else normal. */
final class CleanModes {
    private static final Pattern QUICK = Pattern.compile("\\b(?:quick(?:ly)?|fast|brief(?:ly)?|light(?:ly)?"
            + "|once-?over|rough(?:ly)?|swift(?:ly)?|a bit)\\b");
    private static final Pattern DEEP = Pattern.compile("\\b(?:deep(?:ly)?|thorough(?:ly)?|properly|spotless"
            + "|really well|top to bottom|every corner|intensive(?:ly)?|full|in depth|carefully|scrub)\\b");

    private CleanModes() {
    }

    static CleanMode of(String lower) {
        if (DEEP.matcher(lower).find()) {
            return CleanMode.DEEP;
        }
        if (QUICK.matcher(lower).find()) {
            return CleanMode.QUICK;
        }
        return CleanMode.NORMAL;
    }
}
