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

    /** A rule's objection: what Rosie says, and the rule's id for the audit log. */
    record Objection(String rule, String reason) {
    }
}
