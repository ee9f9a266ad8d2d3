/**
 * Fixtures for tests against the real ROS 1 from Debian: a roscore on a free loopback port, the
 * ROS command-line tools run with bounded timeouts, a JUnit extension that gives a test class one
 * roscore ({@link dev.rosie.ros.testing.RosCoreExtension}), and a capture of the node's log lines. Every
 * process they start is killed (with its children) when the fixture closes, and by a shutdown
 * hook if the JVM dies first.
 */
package dev.rosie.ros.testing;
