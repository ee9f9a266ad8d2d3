/**
 * The runtime monitor: defence in depth below the guard. It sits between the executor and the body
 * as a {@link dev.rosie.core.robot.RobotDriver} decorator and enforces speed and acceleration caps,
 * a slow zone around people and pets, the no-go geofence at the velocity level, bumper and cliff
 * stops, and the emergency-stop latch, whatever the plan says.
 */
package dev.rosie.actuation.monitor;
