package dev.rosie.safety;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.safety.StepRule.Context;
import dev.rosie.safety.StepRule.Objection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks every plan against the policy, the world snapshot and the command's source, and is the only
 * maker of {@link ApprovedPlan}. It trusts neither the user nor the planner: a plan is judged by
 * what its steps would do, never by the planner's rationale.
 */
public final class SafetyGuard {
    static final String PLAN_MISMATCH = "plan-command-mismatch";
    static final String PLAN_TOO_LONG = "plan-too-long";
    static final String RATE_LIMIT = "rate-limit";
    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    private final Policy policy;
    private final Clock clock;
    private final List<StepRule> rules;
    /** When each principal's recent plans were judged, for the rate limit. Bounded by the limit itself. */
    private final Map<String, ArrayDeque<Instant>> recent = new HashMap<>();

    public SafetyGuard(Policy policy, Clock clock) {
        this(policy, clock, HouseRules.all());
    }

    SafetyGuard(Policy policy, Clock clock, List<StepRule> rules) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = List.copyOf(rules);
    }

    public Policy policy() {
        return policy;
    }

    /**
     * Approves the plan or refuses it naming the first rule a step breaks. First, steps that only
     * untrusted text asked for are taken out (the rest is what the principal wanted); if nothing is
     * left, the plan is refused. Every remaining step must then pass every rule.
     */
    public Verdict review(Command command, Plan plan, WorldSnapshot world) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(world, "world");
        Instant now = clock.instant();
        if (!plan.commandId().equals(command.id())) {
            return refuse(command, PLAN_MISMATCH, "That plan was made for a different request, so I won't run it.");
        }
        if (plan.steps().size() > policy.maxPlanSteps()) {
            return refuse(command, PLAN_TOO_LONG, "That plan has " + plan.steps().size() + " steps; I run at most "
                    + policy.maxPlanSteps() + " at a time.");
        }
        if (!onlyStops(plan) && overRate(command.source().principal(), now)) {
            return refuse(command, RATE_LIMIT, "That is more than " + policy.limits().commandsPerMinute()
                    + " requests in a minute; please wait a moment. (Stop always works.)");
        }
        Context context = new Context(command, world, policy, now, clock.getZone());
        List<RemovedStep> removed = new ArrayList<>();
        List<Action> kept = new ArrayList<>();
        for (Action step : plan.steps()) {
            ProvenanceRules.untrustedInstruction(context, step).ifPresentOrElse(
                    o -> removed.add(new RemovedStep(step, o.rule(), o.reason())), () -> kept.add(step));
        }
        if (kept.isEmpty()) {
            return refuse(command, removed.getFirst().rule(), removed.getFirst().reason());
        }
        Plan checked = removed.isEmpty() ? plan : new Plan(plan.commandId(), kept, plan.rationale());
        for (Action step : checked.steps()) {
            for (StepRule rule : rules) {
                Optional<Objection> objection = rule.check(context, step);
                if (objection.isPresent()) {
                    return refuse(command, objection.get().rule(), objection.get().reason());
                }
            }
        }
        return new ApprovedPlan(command, checked, now, policy.label(), removed);
    }

    private synchronized boolean overRate(String principal, Instant now) {
        ArrayDeque<Instant> times = recent.computeIfAbsent(principal, p -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(RATE_WINDOW))) {
            times.pollFirst();
        }
        if (times.size() >= policy.limits().commandsPerMinute()) {
            return true;
        }
        times.addLast(now);
        return false;
    }

    private static boolean onlyStops(Plan plan) {
        return plan.steps().stream().allMatch(s -> s instanceof Action.Stop);
    }

    private static Verdict refuse(Command command, String rule, String reason) {
        return new Verdict.Refused(new Refusal(command.id(), reason, rule));
    }
}
