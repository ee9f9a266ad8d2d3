package dev.rosie.launch.wiring;

import dev.rosie.core.execution.FailureReason;

/** What asking the planner for a new plan after a failed step came to. */
sealed interface Replanning {

    /** The guard approved the new plan, made in the world {@code snapshot} shows; the robot runs it next. */
    record Approved(dev.rosie.safety.ApprovedPlan plan, dev.rosie.core.world.WorldSnapshot snapshot)
            implements Replanning {
        public Approved {
            java.util.Objects.requireNonNull(plan, "plan");
            java.util.Objects.requireNonNull(snapshot, "snapshot");
        }
    }

    /** No new plan runs; {@code said} is what Rosie tells the person. */
    record GaveUp(String said) implements Replanning {
    }

    /** No new plan was asked for: the plan succeeded, or its failure is not one to plan around now. */
    record NotTried() implements Replanning {
    }

    /**
     * Whether a new plan could help after {@code reason}. An e-stop or an interruption is a person
     * (or the time limit) stopping the robot on purpose: never planned around.
     */
    static boolean worthTrying(FailureReason reason) {
        return switch (reason) {
            case UNREACHABLE, BLOCKED, UNKNOWN_TARGET, MANIPULATION_FAILED, TIMEOUT, MISSING_CAPABILITY -> true;
            case EMERGENCY_STOP, INTERRUPTED -> false;
        };
    }
}
