/**
 * The robot's body as a port. {@link dev.rosie.core.robot.RobotDriver} is what the executor talks
 * to, and what the embedded simulator, the Webots controller and the ROS bridge implement: velocity
 * and actuator commands out, sensor readings in.
 */
package dev.rosie.core.robot;
