package dev.rosie.actuation;

import dev.rosie.core.execution.FailureReason;

/** How a running action is doing after a tick. */
sealed interface StepStatus {

    record Running(double progress) implements StepStatus {
    }

    record Done() implements StepStatus {
    }

    record Failed(FailureReason reason, String detail) implements StepStatus {
    }
}
