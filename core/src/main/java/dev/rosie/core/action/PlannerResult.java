package dev.rosie.core.action;

import dev.rosie.core.command.CommandId;

/** What a planner answers: a plan to check, a refusal to speak, or a question to ask back. */
public sealed interface PlannerResult permits Plan, Refusal, Clarification {
    CommandId commandId();
}
