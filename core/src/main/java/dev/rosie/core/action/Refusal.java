package dev.rosie.core.action;

import dev.rosie.core.command.CommandId;
import java.util.Objects;

/**
 * A polite "no" that Rosie says and logs. A refusal is a normal answer, not an error.
 *
 * @param reason what Rosie says, in a full sentence
 * @param rule the policy rule (or planner rule) that decided it, e.g. {@code no-go-zone}
 */
public record Refusal(CommandId commandId, String reason, String rule) implements PlannerResult {
    public Refusal {
        Objects.requireNonNull(commandId, "commandId");
        if (reason == null || reason.isBlank() || rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("a refusal names its reason and its rule");
        }
    }
}
