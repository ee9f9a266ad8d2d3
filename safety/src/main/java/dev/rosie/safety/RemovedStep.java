package dev.rosie.safety;

import dev.rosie.core.action.Action;
import java.util.Objects;

/**
 * A step the guard took out of an otherwise acceptable plan because it was not the trusted
 * principal's intent (it came from a sign, a note or an unsigned message). The rest of the plan,
 * what the person actually asked for, still runs.
 *
 * @param wording why, in full for the audit log and generically for anyone else
 */
public record RemovedStep(Action step, String rule, RefusalWording wording) {
    public RemovedStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(wording, "wording");
    }

    /** The full reason, for the audit log. */
    public String reason() {
        return wording.detail();
    }
}
