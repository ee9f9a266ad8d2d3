package dev.rosie.core.world;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A person or pet seen somewhere at some time. Sightings fade: {@link #fresh} tells whether one
 * is recent enough to act on.
 *
 * @param provenance how it was learnt: {@code map}, {@code camera}, {@code told}
 */
public record Sighting(String name, BeingKind kind, Point position, String room, Instant seenAt,
        String provenance, boolean asleep) {
    public Sighting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(position, "position");
        room = dev.rosie.core.action.Names.require(room, "room");
        Objects.requireNonNull(seenAt, "seenAt");
        Objects.requireNonNull(provenance, "provenance");
    }

    public boolean fresh(Instant now, Duration maxAge) {
        return !seenAt.plus(maxAge).isBefore(now);
    }
}
