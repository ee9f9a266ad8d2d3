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

    List<HistoryEvent> history(int limit);

    @Override
    void close();
}
