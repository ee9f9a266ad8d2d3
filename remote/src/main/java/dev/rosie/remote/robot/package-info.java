/**
 * The robot's side of MQTT: {@link dev.rosie.remote.robot.RemoteEndpoint} receives requests on
 * {@code cmd} and {@code estop} (e-stops on a connection of their own, so they never wait behind
 * command traffic), checks and authenticates each, persists accepted commands in the
 * {@link dev.rosie.remote.robot.Inbox} before acknowledging them, and hands e-stops to the robot
 * at once; {@link dev.rosie.remote.robot.RobotPublisher} publishes status, telemetry, events and
 * replies. The robot itself is behind {@link dev.rosie.remote.robot.RobotPort}, implemented in launch.
 */
package dev.rosie.remote.robot;
