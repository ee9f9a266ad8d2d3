package dev.rosie.ros.node;

/**
 * One TCPROS connection as {@code getBusInfo} reports it.
 *
 * @param direction {@code o} for a subscriber we publish to, {@code i} for a publisher we read from
 */
public record BusConnection(int id, String peer, String direction, String topic, boolean connected) {}
