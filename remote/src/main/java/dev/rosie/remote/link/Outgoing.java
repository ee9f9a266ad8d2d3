package dev.rosie.remote.link;

import java.util.Objects;

/**
 * A message waiting to be published.
 *
 * @param latestOnly only the newest message for this topic matters (telemetry, status): a newer
 *     one replaces a waiting older one instead of queueing behind it
 */
public record Outgoing(String topic, byte[] payload, int qos, boolean retained, boolean latestOnly) {
    public Outgoing {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        if (qos < 0 || qos > 2) {
            throw new IllegalArgumentException("qos is 0, 1 or 2, not " + qos);
        }
    }
}
