/**
 * Rosie as a ROS 1 node. ROS 1 has no Java client on the registries Rosie builds from, so this
 * module speaks the wire protocol itself: the master and slave APIs over XML-RPC, topics over
 * TCPROS, messages in ROS 1's little-endian serialisation with their real md5sums. On top of that
 * sit {@link dev.rosie.ros.driver.RosDriver}, which makes a ROS robot a
 * {@link dev.rosie.core.robot.RobotDriver}, and {@link dev.rosie.ros.bridge.RosBridge}, which puts a
 * Rosie body (the simulator, say) and Rosie's own status, plans and command intake on the ROS graph.
 */
package dev.rosie.ros;
