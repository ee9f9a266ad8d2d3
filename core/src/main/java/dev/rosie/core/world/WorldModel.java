package dev.rosie.core.world;

import java.util.List;
import java.util.Optional;

/**
 * The world-model port: the robot's persistent memory. Every write is one transaction; a snapshot
 * is a consistent read that later writes do not change.
 */
public interface WorldModel extends AutoCloseable {

    WorldSnapshot snapshot();

    void updateRobot(RobotState state);

    /** Appends a cleaning run and marks its cells cleaned, atomically. */
    void recordCleaning(CleaningRun run);

    /** The latest completed run for {@code room}. */
    Optional<CleaningRun> lastCompletedCleaning(String room);

    void recordEvent(HistoryEvent event);

    /** Stores free text about a room or object; it comes back in snapshots as untrusted data only. */
    void addNote(String text, String origin, dev.rosie.core.command.Source writtenBy, java.time.Instant at);

    /** Remembers where a person or pet was seen; the newest sighting per name wins. */
    void recordSighting(Sighting sighting);

    /** Remembers a door's state; snapshots show the map with it. */
    void setDoorOpen(String door, boolean open);

    List<HistoryEvent> history(int limit);

    @Override
    void close();
}
