/**
 * Rosie and ROS together: the executor drives the embedded simulator through real ROS topics on
 * a real roscore, and the {@code ros-bridge} command serves the simulator to ROS tools.
 */
package dev.rosie.launch.ros;
