/**
 * A ROS 1 node with a small rosjava-like API: a {@link dev.rosie.ros.node.Node} registers
 * {@link dev.rosie.ros.node.Publisher}s and {@link dev.rosie.ros.node.Subscriber}s with the master
 * over XML-RPC, serves the slave API other nodes and the master call ({@code requestTopic},
 * {@code publisherUpdate}, {@code getBusInfo}, {@code shutdown}...), and moves messages over TCPROS
 * connections whose headers carry the type, md5sum and definition each side checks. Each
 * connection has its own virtual thread, so a slow or dead peer holds up only itself.
 */
package dev.rosie.ros.node;
