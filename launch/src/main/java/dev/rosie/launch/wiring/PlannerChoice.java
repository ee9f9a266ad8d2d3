package dev.rosie.launch.wiring;

import dev.rosie.core.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which planner backend a robot uses ({@code --planner}). {@link #EMBEDDED} is the default: a real
 * neural model that runs offline. {@link #RULES} is the documented fallback: a small transparent
 * pattern table with no model at all, for when the model cannot load or for comparison.
 */
public enum PlannerChoice {
    EMBEDDED("embedded", "embedded MiniLM planner"),
    RULES("rules", "rule-based planner");

    public static final PlannerChoice DEFAULT = EMBEDDED;

    private final String wireName;
    private final String description;

    PlannerChoice(String wireName, String description) {
        this.wireName = wireName;
        this.description = description;
    }

    public String wireName() {
        return wireName;
    }

    /** How reports and the demo name it, e.g. "embedded MiniLM planner". */
    public String description() {
        return description;
    }

    public static String accepted() {
        return Arrays.stream(values()).map(PlannerChoice::wireName).collect(Collectors.joining(", "));
    }

    /** Parses {@code embedded|rules}, naming the accepted values when it cannot. */
    public static PlannerChoice parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (PlannerChoice c : values()) {
            if (c.wireName.equals(t)) {
                return c;
            }
        }
        throw new InvalidInputException("unknown planner '" + text + "'; expected one of " + accepted());
    }
}
