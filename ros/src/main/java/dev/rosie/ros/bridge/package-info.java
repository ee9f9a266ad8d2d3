/**
 * Rosie on the ROS graph. {@link dev.rosie.ros.bridge.BodyBridge} serves any Rosie body (the
 * embedded simulator, say) as a ROS robot: it takes {@code cmd_vel} and publishes {@code odom},
 * {@code scan} and the rest, so ROS tools can watch and drive it. {@link
 * dev.rosie.ros.bridge.RosieChannel} publishes Rosie's status and plans and listens for commands,
 * which are untrusted data unless configured otherwise: ROS 1 authenticates nobody, and a caller
 * id is a claim, not a proof. {@link dev.rosie.ros.bridge.RosBridge} starts a node with both.
 */
package dev.rosie.ros.bridge;
