package dev.rosie.safety;

import dev.rosie.core.action.Plan;
import dev.rosie.core.command.Command;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A plan the guard has checked against the policy, for the command it answers. The constructor is
 * package-private and the class final: outside this package no code can make one, so an executor
 * that accepts only {@code ApprovedPlan} cannot be handed an unchecked plan (invariant 1).
 */
public final class ApprovedPlan implements Verdict {
    private final Command command;
    private final Plan plan;
    private final Instant approvedAt;
    private final String policy;
    private final List<RemovedStep> removed;

    ApprovedPlan(Command command, Plan plan, Instant approvedAt, String policy) {
        this(command, plan, approvedAt, policy, List.of());
    }

    ApprovedPlan(Command command, Plan plan, Instant approvedAt, String policy, List<RemovedStep> removed) {
        this.command = Objects.requireNonNull(command, "command");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.approvedAt = Objects.requireNonNull(approvedAt, "approvedAt");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.removed = List.copyOf(removed);
        if (!plan.commandId().equals(command.id())) {
            throw new IllegalStateException("plan for " + plan.commandId() + " cannot be approved for command " + command.id());
        }
    }

    public Command command() {
        return command;
    }

    public Plan plan() {
        return plan;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    /** The name and version of the policy that approved it, for the audit log. */
    public String policy() {
        return policy;
    }

    /** Steps the planner proposed that the guard took out because untrusted text, not the principal, asked for them. */
    public List<RemovedStep> removed() {
        return removed;
    }

    @Override
    public String toString() {
        return "ApprovedPlan[" + plan.commandId() + " " + plan.labels() + " by " + policy + "]";
    }
}
