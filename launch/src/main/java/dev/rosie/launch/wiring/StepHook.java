package dev.rosie.launch.wiring;

/**
 * Something that rides along each simulator step of the control loop, on the control thread: e.g.
 * a ROS bridge that applies velocity commands from the graph before the step and publishes the
 * body's new state after it. {@link Robot#tick(StepHook)} calls {@link #beforeStep()} only while
 * the executor is idle and the e-stop is released, so outside commands never fight a running plan
 * or override the latch.
 */
public interface StepHook {
    /** A hook that does nothing: plain serving. */
    StepHook NONE = new StepHook() {
        @Override
        public void beforeStep() {
        }

        @Override
        public void afterStep() {
        }
    };

    /** Just before the body steps; only while no plan is running and the e-stop is released. */
    void beforeStep();

    /** Just after the body stepped (always). */
    void afterStep();
}
