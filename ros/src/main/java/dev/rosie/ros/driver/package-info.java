/**
 * A ROS robot as a {@link dev.rosie.core.robot.RobotDriver}: {@link dev.rosie.ros.driver.RosDriver}
 * publishes velocity set-points on {@code cmd_vel} and assembles sensor readings from the robot's
 * {@code odom}, {@code scan}, camera, bumper, battery and dock topics, so the executor drives a
 * ROS robot exactly as it drives the simulator. {@link dev.rosie.ros.driver.RosTopics} names the
 * topics, with the conventional defaults.
 */
package dev.rosie.ros.driver;
