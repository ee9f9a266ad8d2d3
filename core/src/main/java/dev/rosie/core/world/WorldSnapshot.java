package dev.rosie.core.world;

import dev.rosie.core.command.UntrustedText;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable view of the world at one instant: what the planner plans against and the guard
 * checks against. Notes are untrusted text, never instructions.
 *
 * @param lastCleaned when each room was last cleaned to completion; rooms never cleaned are absent
 */
public record WorldSnapshot(Instant takenAt, HomeMap map, RobotState robot, Map<String, Instant> lastCleaned,
        List<Sighting> sightings, List<UntrustedText> notes) {
    public WorldSnapshot {
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(robot, "robot");
        lastCleaned = Map.copyOf(lastCleaned);
        sightings = List.copyOf(sightings);
        notes = List.copyOf(notes);
    }

    public Optional<Instant> lastCleaned(String room) {
        return Optional.ofNullable(lastCleaned.get(room));
    }
}
