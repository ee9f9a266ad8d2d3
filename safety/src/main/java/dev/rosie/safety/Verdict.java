package dev.rosie.safety;

import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import java.time.Instant;
import java.util.Objects;

/**
 * The guard's answer for one plan: approved (runnable), refused (with the rule that decided), or
 * waiting for the owner's confirmation (the robot asks; only the owner's "yes" releases it).
 */
public sealed interface Verdict permits ApprovedPlan, Verdict.Refused, Verdict.ConfirmationNeeded {

    record Refused(Refusal refusal) implements Verdict {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /**
     * The plan passed every rule, but a step needs the owner's confirmation first. Nothing runs until
     * the owner confirms through {@link SafetyGuard#confirm}, once, before {@code expiresAt}.
     *
     * @param question what the robot asks, naming the step and the reason
     * @param rule the confirmation rule's id, for the audit log
     */
    record ConfirmationNeeded(Command command, Plan plan, String rule, String question, Instant expiresAt)
            implements Verdict {
        public ConfirmationNeeded {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }
}
