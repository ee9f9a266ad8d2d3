package dev.rosie.core.action;

import dev.rosie.core.command.CommandId;
import java.util.Objects;

/**
 * A polite "no" that Rosie says and logs. A refusal is a normal answer, not an error.
 *
 * <p>It has two texts because the full reason may give the household away ("Sam is asleep in the
 * bedroom", "I cleaned the kitchen at 10:02"): the audit log and the household hear {@code reason};
 * anyone else, and every shared channel, hears {@code publicReason}, which names the kind of rule
 * and nothing about the home. {@code requester} says which of the two the one who asked hears.
 *
 * @param reason what Rosie says to the household, in a full sentence; always what the audit log keeps
 * @param rule the policy rule (or planner rule) that decided it, e.g. {@code no-go-zone}
 * @param publicReason what Rosie says to anyone else; the same as {@code reason} when nothing in it is private
 * @param requester who asked, as far as this refusal's wording goes
 */
public record Refusal(CommandId commandId, String reason, String rule, String publicReason, Audience requester)
        implements PlannerResult {
    public Refusal {
        Objects.requireNonNull(commandId, "commandId");
        if (reason == null || reason.isBlank() || rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("a refusal names its reason and its rule");
        }
        if (publicReason == null || publicReason.isBlank()) {
            throw new IllegalArgumentException("a refusal has a public reason, for those who may not hear the full one");
        }
        Objects.requireNonNull(requester, "requester");
    }

    /**
     * A refusal with one text for everyone: planners' refusals, which are made before anyone knows
     * who will hear them, and whose wording the planner alone chooses.
     */
    public Refusal(CommandId commandId, String reason, String rule) {
        this(commandId, reason, rule, reason, Audience.HOUSEHOLD);
    }

    /** The text {@code audience} hears. */
    public String toldTo(Audience audience) {
        return switch (audience) {
            case HOUSEHOLD -> reason;
            case OUTSIDER -> publicReason;
        };
    }

    /** What the one who asked hears. */
    public String said() {
        return toldTo(requester);
    }

    /** Whether the full reason says more than the public one. */
    public boolean hasPrivateDetail() {
        return !reason.equals(publicReason);
    }
}
