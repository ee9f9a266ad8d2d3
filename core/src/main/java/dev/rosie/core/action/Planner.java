package dev.rosie.core.action;

import dev.rosie.core.command.Command;
import dev.rosie.core.world.WorldSnapshot;

/**
 * The planner port. Implementations may be anything from a rule table to a remote LLM; callers
 * treat every result as untrusted and send plans to the safety guard.
 */
public interface Planner {

    /** A short name for logs and reports, e.g. {@code rule-based}. */
    String name();

    PlannerResult plan(Command command, WorldSnapshot world);
}
