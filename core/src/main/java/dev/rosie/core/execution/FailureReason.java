package dev.rosie.core.execution;

/** Why an action did not complete. Typed, so the planner can decide whether a replan can help. */
public enum FailureReason {
    UNREACHABLE,
    BLOCKED,
    UNKNOWN_TARGET,
    MISSING_CAPABILITY,
    EMERGENCY_STOP,
    INTERRUPTED,
    TIMEOUT,
    /** The gripper or door opener could not do it: out of reach, gripper full, doorway blocked. */
    MANIPULATION_FAILED
}
