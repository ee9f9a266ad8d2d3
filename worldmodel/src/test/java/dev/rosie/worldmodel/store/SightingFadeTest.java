package dev.rosie.worldmodel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.ManualClock;
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Sighting;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An observation fades: past the configured age it is no longer in snapshots, though still remembered. */
class SightingFadeTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path dataDir;

    private final ManualClock clock = new ManualClock(T0);
    private final LoadedMap apartment = new RosieMapLoader(clock).referenceApartment();

    @Test
    void should_drop_sightings_older_than_the_max_age_from_snapshots() {
        StoreOptions fading = StoreOptions.defaults().withSightingMaxAge(Duration.ofMinutes(30));
        try (SqliteWorldModel world = SqliteWorldModel.open(dataDir, apartment, clock, fading)) {
            clock.advance(Duration.ofMinutes(10));
            Sighting miso = new Sighting("miso", BeingKind.PET, new Point(9.0, 4.0), "kitchen", clock.instant(), "camera", false);
            world.recordSighting(miso);

            clock.advance(Duration.ofMinutes(20));
            assertThat(world.snapshot().sightings()).extracting(Sighting::name).containsExactly("alex", "guest", "sam", "miso");

            clock.advance(Duration.ofMinutes(1));
            // The map's residents were assumed at load time (T0), 31 minutes ago: faded. Miso was seen 21 minutes ago.
            assertThat(world.snapshot().sightings()).containsExactly(miso);

            clock.advance(Duration.ofMinutes(9));
            assertThat(world.snapshot().sightings()).as("exactly 30 minutes old still counts").containsExactly(miso);
            clock.advance(Duration.ofMillis(1));
            assertThat(world.snapshot().sightings()).isEmpty();
            assertThat(world.lastSightings()).as("faded, not forgotten").contains(miso).hasSize(4);
        }
    }

    @Test
    void should_keep_every_sighting_when_no_max_age_is_set() {
        try (SqliteWorldModel world = SqliteWorldModel.open(dataDir, apartment, clock)) {
            clock.advance(Duration.ofDays(30));
            assertThat(world.snapshot().sightings()).hasSize(4);
            assertThat(world.options().sightingMaxAge()).isEmpty();
        }
    }

    @Test
    void should_refuse_a_negative_max_age() {
        assertThatThrownBy(() -> StoreOptions.defaults().withSightingMaxAge(Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }
}
