package dev.rosie.worldmodel.store;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link SqliteWorldModel} presents what it remembers.
 *
 * @param sightingMaxAge when present, snapshots leave out sightings of people and pets older than
 *     this: an observation fades, and planning around where someone was an hour ago is worse than
 *     not knowing. Queries such as "where is miso?" still see the last sighting, with its age.
 */
public record StoreOptions(Optional<Duration> sightingMaxAge) {
    public StoreOptions {
        Objects.requireNonNull(sightingMaxAge, "sightingMaxAge");
        sightingMaxAge.ifPresent(age -> {
            if (age.isNegative()) {
                throw new IllegalArgumentException("a sighting's maximum age cannot be negative: " + age);
            }
        });
    }

    /** Everything remembered is shown; nothing fades. */
    public static StoreOptions defaults() {
        return new StoreOptions(Optional.empty());
    }

    public StoreOptions withSightingMaxAge(Duration maxAge) {
        return new StoreOptions(Optional.of(Objects.requireNonNull(maxAge, "maxAge")));
    }
}
