/**
 * Wiring: builds the world model, planner, guard, executor and body from configuration, and runs
 * one command at a time through them ({@link dev.rosie.launch.wiring.Robot}). In the embedded
 * simulator the control loop is ticked here, so a run is faster than real time and repeatable.
 * A robot is built from one {@link dev.rosie.launch.wiring.RobotParts}, which {@code RobotFactory} makes from
 * settings or from a {@link dev.rosie.launch.wiring.RobotSpec}; its loop hands deciding,
 * driving, looking, the turn's bookkeeping and replanning to {@code Deliberation}, {@code Drivetrain},
 * {@code Lookout}, {@code TurnProgress} and {@code Replanner}.
 * {@link dev.rosie.launch.wiring.RobotService} assembles {@code rosie serve}: the robot, the MQTT
 * endpoint and the {@link dev.rosie.launch.wiring.ServeLoop} that ticks it continuously, paced
 * against the wall clock; {@link dev.rosie.launch.wiring.EstopRecord} keeps the actuation module's
 * e-stop latch across restarts.
 */
package dev.rosie.launch.wiring;
