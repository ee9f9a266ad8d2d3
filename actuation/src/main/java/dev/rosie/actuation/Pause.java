package dev.rosie.actuation;

import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.robot.SensorReading;
import java.time.Duration;
import java.time.Instant;

/** Stands still for a while, wheels stopped. */
final class Pause implements ActionRun {
    private final RobotDriver driver;
    private final Duration duration;
    private Instant start;

    Pause(RobotDriver driver, Duration duration) {
        this.driver = driver;
        this.duration = duration;
    }

    @Override
    public StepStatus tick(SensorReading reading, Instant now) {
        if (start == null) {
            start = now;
            driver.halt();
        }
        Duration waited = Duration.between(start, now);
        if (waited.compareTo(duration) >= 0) {
            return new StepStatus.Done();
        }
        return new StepStatus.Running(duration.isZero() ? 1 : (double) waited.toMillis() / duration.toMillis());
    }

    @Override
    public void end(boolean interrupted, Instant now) {
        driver.halt();
    }
}
