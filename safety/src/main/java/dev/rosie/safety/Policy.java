package dev.rosie.safety;

import dev.rosie.core.action.ActionType;
import dev.rosie.core.command.Trust;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The house rules the guard enforces. Loaded from YAML by {@link PolicyLoader}; there is no
 * "no policy" mode.
 *
 * @param allowed the action types each trust level may ask for; untrusted may ask for nothing
 * @param doorAccess who may open or close each named door; doors not listed use {@code defaultDoorAccess}
 * @param cleaningCooldown a room cleaned less than this long ago is not cleaned again
 * @param sleepingChildQuiet never drive into a room where a child was recently seen asleep
 * @param sightingMaxAge how long a sighting of a person or pet counts as current
 * @param limits distances, speed and rate limits
 * @param privacy who may hear about the household's routine and receive camera images
 * @param confirmation steps that need the owner's confirmation before they run
 */
public record Policy(String name, int version, Map<Trust, Set<ActionType>> allowed,
        Map<String, Set<Trust>> doorAccess, Set<Trust> defaultDoorAccess, Duration cleaningCooldown,
        boolean sleepingChildQuiet, Duration sightingMaxAge, int maxPlanSteps, Limits limits, Privacy privacy,
        OwnerConfirmation confirmation) {

    /** A policy with the reference privacy rules and nothing to confirm, for policies built in code. */
    public Policy(String name, int version, Map<Trust, Set<ActionType>> allowed, Map<String, Set<Trust>> doorAccess,
            Set<Trust> defaultDoorAccess, Duration cleaningCooldown, boolean sleepingChildQuiet, Duration sightingMaxAge,
            int maxPlanSteps, Limits limits) {
        this(name, version, allowed, doorAccess, defaultDoorAccess, cleaningCooldown, sleepingChildQuiet, sightingMaxAge,
                maxPlanSteps, limits, Privacy.REFERENCE, OwnerConfirmation.NONE);
    }

    /** A policy with the reference limits, for policies built in code. */
    public Policy(String name, int version, Map<Trust, Set<ActionType>> allowed, Map<String, Set<Trust>> doorAccess,
            Set<Trust> defaultDoorAccess, Duration cleaningCooldown, boolean sleepingChildQuiet, Duration sightingMaxAge,
            int maxPlanSteps) {
        this(name, version, allowed, doorAccess, defaultDoorAccess, cleaningCooldown, sleepingChildQuiet, sightingMaxAge,
                maxPlanSteps, Limits.REFERENCE);
    }

    public Policy {
        Objects.requireNonNull(name, "name");
        EnumMap<Trust, Set<ActionType>> copy = new EnumMap<>(Trust.class);
        for (Trust t : Trust.values()) {
            Set<ActionType> types = allowed.get(t);
            copy.put(t, types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types)));
        }
        if (!copy.get(Trust.UNTRUSTED).isEmpty()) {
            throw new IllegalArgumentException("untrusted sources may not be allowed any action");
        }
        for (Trust t : List.of(Trust.OWNER, Trust.OPERATOR, Trust.GUEST)) {
            if (!copy.get(t).contains(ActionType.STOP)) {
                // Stop always wins: anyone who may ask for anything may ask the robot to stop.
                throw new IllegalArgumentException("allowed_actions." + t.wireName() + ": must include stop");
            }
        }
        allowed = Map.copyOf(copy);
        doorAccess = Map.copyOf(doorAccess);
        defaultDoorAccess = Set.copyOf(defaultDoorAccess);
        Objects.requireNonNull(cleaningCooldown, "cleaningCooldown");
        Objects.requireNonNull(sightingMaxAge, "sightingMaxAge");
        if (cleaningCooldown.isNegative() || sightingMaxAge.isNegative()) {
            throw new IllegalArgumentException("durations in a policy cannot be negative");
        }
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(privacy, "privacy");
        Objects.requireNonNull(confirmation, "confirmation");
        if (maxPlanSteps < 1) {
            throw new IllegalArgumentException("max plan steps must be at least 1");
        }
    }

    public boolean allows(Trust trust, ActionType type) {
        return allowed.get(trust).contains(type);
    }

    public Set<Trust> whoMayOperate(String door) {
        return doorAccess.getOrDefault(door, defaultDoorAccess);
    }

    /** Name and version, as the audit log records them. */
    public String label() {
        return name + " v" + version;
    }
}
