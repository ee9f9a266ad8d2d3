package dev.rosie.launch.wiring;

import dev.rosie.core.action.Action;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.sim.SimDriver;
import java.util.Objects;
import java.util.Optional;

/**
 * When a robot with {@link Eyes} looks through the body's camera: after every body step (the eyes
 * keep their own cadence and read in the background) and whenever an Inspect step finishes, since
 * inspecting is looking. A robot without eyes never looks.
 */
final class Lookout implements AutoCloseable {
    private final Optional<Eyes> eyes;
    private final SimDriver body;

    Lookout(Optional<Eyes> eyes, SimDriver body) {
        this.eyes = Objects.requireNonNull(eyes, "eyes");
        this.body = Objects.requireNonNull(body, "body");
    }

    Optional<Eyes> eyes() {
        return eyes;
    }

    /** On the control thread, just after the body stepped. */
    void afterStep() {
        eyes.ifPresent(e -> e.afterStep(body.ticks()));
    }

    /** What the camera sees where an Inspect step ends goes into the world model at once. */
    void on(ExecutionEvent event) {
        if (event instanceof ExecutionEvent.StepDone d && d.action() instanceof Action.Inspect) {
            eyes.ifPresent(Eyes::lookNow);
        }
    }

    /** Stops the eyes' background reading; the perception models they share stay their owner's. */
    @Override
    public void close() {
        eyes.ifPresent(Eyes::close);
    }
}
