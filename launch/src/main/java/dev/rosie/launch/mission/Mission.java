package dev.rosie.launch.mission;

import dev.rosie.core.world.Pose;
import dev.rosie.sim.Resident;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated mission, ready to run. {@link MissionLoader} is the only way from a file to one of
 * these, so everything here has been checked: times in order, files present, names known.
 *
 * @param file where it was loaded from (relative paths in it resolve against its directory)
 * @param map a map file; empty for the reference apartment
 * @param start the robot's start pose; empty for the dock
 * @param residents who lives in the simulated home and walks around; empty list for nobody;
 *     empty optional for the map's own residents
 * @param battery the charge at the start, 0 to 1
 * @param returnBelow the low-battery watch: below this charge the robot abandons its plan and docks
 *     (empty: no watch)
 * @param startTime the simulated wall-clock time at the start
 * @param runAtLeast keep simulating (the robot idle, charging if docked) until this long after the start
 * @param limit the mission fails if it is still going this long after the start
 */
public record Mission(Path file, String name, String description, Optional<Path> map, Optional<Pose> start, long seed,
        Optional<List<Resident>> residents, double battery, Optional<Double> returnBelow, Instant startTime,
        List<TimelineStep> timeline, List<Expectation> expectations, Duration runAtLeast, Duration limit) {

    public static final Instant DEFAULT_START = Instant.parse("2026-03-02T09:00:00Z");
    public static final Duration DEFAULT_LIMIT = Duration.ofHours(4);

    public Mission {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(residents, "residents");
        residents = residents.map(List::copyOf);
        Objects.requireNonNull(returnBelow, "returnBelow");
        Objects.requireNonNull(startTime, "startTime");
        timeline = List.copyOf(timeline);
        expectations = List.copyOf(expectations);
        Objects.requireNonNull(runAtLeast, "runAtLeast");
        Objects.requireNonNull(limit, "limit");
        if (!(battery >= 0 && battery <= 1)) {
            throw new IllegalArgumentException("battery is a fraction from 0 to 1, not " + battery);
        }
    }

    /** The same mission with another seed (for {@code --seed} and repeats). */
    public Mission withSeed(long newSeed) {
        return new Mission(file, name, description, map, start, newSeed, residents, battery, returnBelow, startTime,
                timeline, expectations, runAtLeast, limit);
    }
}
