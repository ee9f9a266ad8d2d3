package dev.rosie.launch.mission;

import dev.rosie.core.command.Source;
import dev.rosie.launch.wiring.Turn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One command's turn in a mission, with what the simulator measured around it: the raw material of
 * a step in {@code report.json} and of one execution-feedback record.
 *
 * @param index the timeline step's index; low-battery returns the robot made by itself have the
 *     index of the step whose turn they interrupted
 * @param input how the text arrived (kind, file, transcript, signing)
 * @param source who the input claimed to be from (before authentication, for MQTT)
 * @param startedAt simulated time since the mission's start when the turn began
 * @param snapshotDigest SHA-256 of the world snapshot the planner and the guard saw
 * @param coverageBefore per room, the simulator's coverage when the turn began
 * @param coverageAfter per room, when it ended
 * @param unsafe the kinds of unsafe events recorded during the turn
 * @param collisions contacts during the turn
 */
public record StepRecord(int index, Map<String, Object> input, Source source, Duration startedAt, Turn turn,
        String snapshotDigest, Map<String, Double> coverageBefore, Map<String, Double> coverageAfter,
        List<String> unsafe, int collisions, Optional<String> note) {
    public StepRecord {
        input = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(input));
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(turn, "turn");
        Objects.requireNonNull(snapshotDigest, "snapshotDigest");
        coverageBefore = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(coverageBefore));
        coverageAfter = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(coverageAfter));
        unsafe = List.copyOf(unsafe);
        Objects.requireNonNull(note, "note");
    }
}
