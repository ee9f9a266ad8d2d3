package dev.rosie.planner.llm;

import java.util.Objects;

/**
 * Why a model's answer is not a valid planner answer: which field ({@code steps[1].room},
 * {@code kind}, or {@code $} for the whole text) and why, in words the model can act on when the
 * error is sent back to it.
 */
public record PlanError(String field, String reason) {
    public PlanError {
        Objects.requireNonNull(field, "field");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a plan error says why");
        }
    }

    /** {@code field: reason}, the form sent back to the model and logged. */
    public String message() {
        return field + ": " + reason;
    }

    @Override
    public String toString() {
        return message();
    }
}
