package dev.rosie.planner.eval;

import dev.rosie.core.command.Trust;
import java.util.List;
import java.util.Objects;

/**
 * One labelled command: what was said, by whom, and what the planner should answer.
 *
 * @param category a free label for per-category accuracy ({@value #UNCATEGORISED} when the line has none)
 * @param line the line of the cases file it came from, for messages
 */
public record EvalCase(String id, String text, Trust trust, String category, Expectation expected, int line) {
    public static final String UNCATEGORISED = "uncategorised";

    public EvalCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(expected, "expected");
    }

    /** The same case with other words, e.g. as a speech recogniser would write them. */
    public EvalCase withText(String other) {
        return new EvalCase(id, other, trust, category, expected, line);
    }

    /** What a case expects: a plan with these labels, a clarifying question, or a refusal. */
    public sealed interface Expectation {
        /** {@code type:target} labels in order, or just {@code type} for actions without a target. */
        record Actions(List<String> labels) implements Expectation {
            public Actions {
                labels = List.copyOf(labels);
                if (labels.isEmpty()) {
                    throw new IllegalArgumentException("expect_actions needs at least one action");
                }
            }

            @Override
            public String describe() {
                return String.join(" -> ", labels);
            }
        }

        record Clarify() implements Expectation {
            @Override
            public String describe() {
                return "clarify";
            }
        }

        record Refuse() implements Expectation {
            @Override
            public String describe() {
                return "refuse";
            }
        }

        String describe();
    }
}
