package dev.rosie.safety;

import dev.rosie.core.action.Action;
import java.util.Objects;

/**
 * A step the guard took out of an otherwise acceptable plan because it was not the trusted
 * principal's intent (it came from a sign, a note or an unsigned message). The rest of the plan,
 * what the person actually asked for, still runs.
 */
public record RemovedStep(Action step, String rule, String reason) {
    public RemovedStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }
}
