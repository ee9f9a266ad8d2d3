package dev.rosie.launch.bench;

import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.ForwardingRobotDriver;
import dev.rosie.core.robot.RobotDriver;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * A pass-through driver that notes when the first moving wheel command reaches the body after it
 * was {@link #arm() armed}: the end point of the voice-to-motion figure. It sits between the runtime
 * monitor and the simulated body, so it sees what the body is told, after every cap and check.
 */
final class FirstMotionTap extends ForwardingRobotDriver {
    private final LongSupplier nanoTime;
    private boolean armed;
    private long firstMotion = -1;

    FirstMotionTap(RobotDriver body, LongSupplier nanoTime) {
        super(Objects.requireNonNull(body, "body"));
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** Starts watching for the next non-zero drive command. */
    void arm() {
        armed = true;
        firstMotion = -1;
    }

    /** When the first non-zero command since {@link #arm()} arrived (the ticker's nanoseconds). */
    OptionalLong firstMotion() {
        return firstMotion < 0 ? OptionalLong.empty() : OptionalLong.of(firstMotion);
    }

    @Override
    public void drive(DriveCommand command) {
        if (armed && !command.isZero()) {
            firstMotion = nanoTime.getAsLong(); // on arrival, before the body acts on it
            armed = false;
        }
        super.drive(command);
    }
}
