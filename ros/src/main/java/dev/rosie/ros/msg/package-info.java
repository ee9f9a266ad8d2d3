/**
 * ROS 1 messages as Java records, with their serialisation (little-endian, length-prefixed
 * strings and arrays) and their identity: the type name, the md5sum a TCPROS peer checks, and the
 * full message definition. The md5sums are not typed in by hand; {@link
 * dev.rosie.ros.msg.MessageDefinitions} computes them from the message definition texts shipped
 * as resources (the same {@code .msg} texts Debian's ROS packages carry) with genmsg's algorithm,
 * and a test checks each against the installed ROS.
 */
package dev.rosie.ros.msg;
