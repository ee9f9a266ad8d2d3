/**
 * The executor: runs an {@link dev.rosie.safety.ApprovedPlan} step by step on control ticks,
 * turning each action into velocity and actuator commands on a
 * {@link dev.rosie.core.robot.RobotDriver}, and reporting what happens as execution events. It
 * accepts nothing but approved plans, and every step's end leaves the robot stopped.
 */
package dev.rosie.actuation;
