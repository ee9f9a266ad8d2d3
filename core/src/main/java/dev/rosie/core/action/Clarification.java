package dev.rosie.core.action;

import dev.rosie.core.command.CommandId;
import java.util.Objects;

/** The planner could not tell what was meant and asks instead of guessing. */
public record Clarification(CommandId commandId, String question) implements PlannerResult {
    public Clarification {
        Objects.requireNonNull(commandId, "commandId");
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("a clarification asks a question");
        }
    }
}
