package dev.rosie.actuation;

import dev.rosie.core.robot.SensorReading;
import java.time.Instant;

/** An action whose outcome is known before the first tick: a failure found up front, or a one-shot. */
final class Immediate implements ActionRun {
    private final StepStatus status;

    Immediate(StepStatus status) {
        this.status = status;
    }

    @Override
    public StepStatus tick(SensorReading reading, Instant now) {
        return status;
    }

    @Override
    public void end(boolean interrupted, Instant now) {
        // Nothing was started, so nothing needs making safe.
    }
}
