package dev.rosie.safety;

import dev.rosie.core.action.Action;
import dev.rosie.core.command.Command;
import dev.rosie.core.world.WorldSnapshot;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One house rule applied to one step of a plan. A rule returns the reason it objects, or empty.
 * Rules see the command (for its source), the snapshot and the policy; never the planner's
 * rationale, which is untrusted.
 */
@FunctionalInterface
interface StepRule {

    Optional<Objection> check(Context context, Action step);

    /** Everything a rule may consult. */
    record Context(Command command, WorldSnapshot world, Policy policy, Instant now, ZoneId zone) {
    }

    /** A rule's objection: the rule's id for the audit log, and what Rosie says to whom. */
    record Objection(String rule, RefusalWording wording) {
        public Objection {
            java.util.Objects.requireNonNull(rule, "rule");
            java.util.Objects.requireNonNull(wording, "wording");
        }

        /** The full reason, for the audit log. */
        String reason() {
            return wording.detail();
        }
    }
}
