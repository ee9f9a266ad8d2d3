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
    static final String NEEDS_OWNER = "owner-confirmation";
    static final String CONFIRM_NOT_OWNER = "confirmation-not-owner";
    static final String NOTHING_TO_CONFIRM = "nothing-to-confirm";
    /** Rules that object only to who asked: the owner may release such a step where the policy says so. */
    private static final java.util.Set<String> TRUST_RULES = java.util.Set.of(HouseRules.ACTION_NOT_ALLOWED,
            HouseRules.DOOR_ACCESS);
    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    private final Policy policy;
    private final Clock clock;
    private final List<StepRule> rules;
    private final PrivacyRules privacy;
    /** When each principal's recent plans were judged, for the rate limit. Bounded by the limit itself. */
    private final Map<String, ArrayDeque<Instant>> recent = new HashMap<>();
    /** The one plan waiting for the owner's confirmation, if any; a newer request replaces it. */
    private Verdict.ConfirmationNeeded pending;

    public SafetyGuard(Policy policy, Clock clock) {
        this(policy, clock, HouseRules.all());
    }

    SafetyGuard(Policy policy, Clock clock, List<StepRule> rules) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.privacy = new PrivacyRules(policy.privacy());
        this.rules = new java.util.ArrayList<>(rules);
        this.rules.add(PrivacyRules::say);
    }

    public Policy policy() {
        return policy;
    }

    /** The policy's privacy rules, for whatever answers questions or sends data off the robot. */
    public PrivacyRules privacy() {
        return privacy;
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
            return refuse(command, PLAN_MISMATCH, RefusalWording.plain("That plan was made for a different request, so I won't run it."));
        }
        if (plan.steps().size() > policy.maxPlanSteps()) {
            return refuse(command, PLAN_TOO_LONG, RefusalWording.plain("That plan has " + plan.steps().size()
                    + " steps; I run at most " + policy.maxPlanSteps() + " at a time."));
        }
        if (!onlyStops(plan) && overRate(command.source().principal(), now)) {
            return refuse(command, RATE_LIMIT, RefusalWording.plain("That is more than " + policy.limits().commandsPerMinute()
                    + " requests in a minute; please wait a moment. (Stop always works.)"));
        }
        return judge(command, plan, world, now, false);
    }

    /**
     * The owner's answer to the pending confirmation request: the owner (any authenticated channel)
     * releases exactly the plan that was asked about, once, if it has not expired; the plan is judged
     * again against the world as it is now. Anyone else's "yes" is refused and changes nothing.
     */
    public synchronized Verdict confirm(Command confirmation, WorldSnapshot world) {
        Objects.requireNonNull(confirmation, "confirmation");
        Instant now = clock.instant();
        if (confirmation.source().trust() != dev.rosie.core.command.Trust.OWNER) {
            return refuse(confirmation, CONFIRM_NOT_OWNER, RefusalWording.plain("Only my owner can confirm that; a "
                    + confirmation.source().trust().wireName() + "'s yes changes nothing."));
        }
        Verdict.ConfirmationNeeded asked = pending;
        if (asked == null || now.isAfter(asked.expiresAt())) {
            pending = null;
            return refuse(confirmation, NOTHING_TO_CONFIRM, RefusalWording.plain(asked == null
                    ? "There is nothing waiting for your confirmation." : "That request expired; please ask again."));
        }
        pending = null;
        return judge(asked.command(), asked.plan(), world, now, true);
    }

    /** The request waiting for the owner, if one is open now. */
    public synchronized java.util.Optional<Verdict.ConfirmationNeeded> pendingConfirmation() {
        return pending == null || clock.instant().isAfter(pending.expiresAt()) ? Optional.empty() : Optional.of(pending);
    }

    private Verdict judge(Command command, Plan plan, WorldSnapshot world, Instant now, boolean confirmed) {
        Context context = new Context(command, world, policy, now, clock.getZone());
        List<RemovedStep> removed = new ArrayList<>();
        List<Action> kept = new ArrayList<>();
        for (Action step : plan.steps()) {
            ProvenanceRules.untrustedInstruction(context, step).ifPresentOrElse(
                    o -> removed.add(new RemovedStep(step, o.rule(), o.wording())), () -> kept.add(step));
        }
        if (kept.isEmpty()) {
            return refuse(command, removed.getFirst().rule(), removed.getFirst().wording());
        }
        Plan checked = removed.isEmpty() ? plan : new Plan(plan.commandId(), kept, plan.rationale());
        Optional<String> ask = Optional.empty();
        java.time.LocalTime at = now.atZone(clock.getZone()).toLocalTime();
        for (Action step : checked.steps()) {
            Optional<OwnerConfirmation.Need> need = policy.confirmation()
                    .needFor(step, command.source().trust(), at, world.map());
            Optional<Objection> objection = firstObjection(context, step);
            if (objection.isPresent() && TRUST_RULES.contains(objection.get().rule()) && need.isPresent()
                    && !need.get().requestedBy().isEmpty() && command.source().trust() != dev.rosie.core.command.Trust.UNTRUSTED) {
                // Too little trust for this step, but the policy lets the owner vouch for it: judge it as
                // if the owner had asked, and ask the owner.
                Context asOwner = new Context(new Command(command.id(), command.text(), new dev.rosie.core.command.Source(
                        command.source().channel(), command.source().principal(), dev.rosie.core.command.Trust.OWNER),
                        command.receivedAt(), command.screening()), world, policy, now, clock.getZone());
                // If not even the owner could have it (the front door), the requester hears the first
                // reason that applied to them, not the owner's.
                if (firstObjection(asOwner, step).isEmpty()) {
                    if (!confirmed) {
                        ask = ask.or(() -> Optional.of(step.label() + " (" + need.get().why() + ")"));
                    }
                    continue;
                }
            }
            if (objection.isPresent()) {
                return refuse(command, objection.get().rule(), objection.get().wording());
            }
            if (need.isPresent() && !confirmed) {
                ask = ask.or(() -> Optional.of(step.label() + " (" + need.get().why() + ")"));
            }
        }
        if (ask.isPresent()) {
            Verdict.ConfirmationNeeded request = new Verdict.ConfirmationNeeded(command, checked, NEEDS_OWNER,
                    "I need my owner's confirmation before I " + ask.get() + ". Owner, say \"yes\" within "
                            + policy.confirmation().expiresAfter().toMinutes() + " minutes to go ahead.",
                    now.plus(policy.confirmation().expiresAfter()));
            synchronized (this) {
                pending = request;
            }
            return request;
        }
        return new ApprovedPlan(command, checked, now, policy.label(), removed);
    }

    private Optional<Objection> firstObjection(Context context, Action step) {
        for (StepRule rule : rules) {
            Optional<Objection> objection = rule.check(context, step);
            if (objection.isPresent()) {
                return objection;
            }
        }
        return Optional.empty();
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

    /** A refusal worded for whoever asked: the full reason for the household, the generic one for anyone else. */
    private Verdict refuse(Command command, String rule, RefusalWording wording) {
        return new Verdict.Refused(wording.refusal(command.id(), rule, privacy.audience(command.source())));
    }
}
