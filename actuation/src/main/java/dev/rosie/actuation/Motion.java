package dev.rosie.actuation;

import dev.rosie.actuation.avoid.AvoidanceConfig;
import dev.rosie.actuation.avoid.Surroundings;
import dev.rosie.actuation.avoid.VelocityGuard;
import dev.rosie.actuation.motion.GridPlanner;
import dev.rosie.core.robot.RobotDriver;

/**
 * What a moving action needs, in one place: the body, the limits, the ground it plans on, and the
 * local avoidance every velocity command passes through.
 */
record Motion(RobotDriver driver, ExecutorConfig config, Terrain terrain, Surroundings surroundings, VelocityGuard guard,
        AvoidanceConfig avoidance) {

    GridPlanner planner() {
        return terrain.planner();
    }

    /** The same motion on other ground. */
    Motion on(Terrain changed) {
        return new Motion(driver, config, changed, surroundings, guard, avoidance);
    }

    /** Fresh local avoidance for one leg (its waiting clock starts at zero). */
    Avoider avoider() {
        return new Avoider(surroundings, guard, avoidance);
    }
}
