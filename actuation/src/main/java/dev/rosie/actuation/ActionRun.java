package dev.rosie.actuation;

import dev.rosie.core.robot.SensorReading;
import java.time.Instant;

/**
 * One action in progress. The executor ticks it until it is done or failed, then calls
 * {@link #end}; {@code end} also runs when the action is interrupted, and must always leave the
 * body safe (wheels stopped, suction off).
 */
interface ActionRun {

    StepStatus tick(SensorReading reading, Instant now);

    void end(boolean interrupted, Instant now);
}
