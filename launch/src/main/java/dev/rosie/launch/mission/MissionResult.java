package dev.rosie.launch.mission;

import dev.rosie.core.world.CleaningRun;
import dev.rosie.core.world.HomeMap;
import dev.rosie.sim.RoomDirt;
import dev.rosie.sim.UnsafeEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a mission run produced, ground truth from the simulator beside the stack's own
 * record: the turns, the trace, and the state at the end.
 *
 * @param planner the planner's name
 * @param simulated simulated time from the start to the end
 * @param wall wall-clock time the run took (not in report.json, which must repeat byte for byte)
 * @param timedOut the mission hit its limit before the timeline and the last turn were done
 * @param events the mission's own events (signs, e-stops, low-battery returns) as report lines
 * @param log the cleaning log at the end
 * @param doorsOpen each door's state in the simulated world at the end
 */
public record MissionResult(Mission mission, long seed, String planner, HomeMap map, List<StepRecord> steps,
        MissionTrace trace, Duration simulated, Duration wall, boolean timedOut, List<Map<String, Object>> events,
        Map<String, RoomDirt> dirt, List<UnsafeEvent> unsafe, double distance, int collisions, double batteryStart,
        double batteryEnd, boolean docked, List<CleaningRun> log, Map<String, Boolean> doorsOpen, long ticks) {
    public MissionResult {
        Objects.requireNonNull(mission, "mission");
        steps = List.copyOf(steps);
        events = List.copyOf(events);
        unsafe = List.copyOf(unsafe);
        log = List.copyOf(log);
    }

    /** Simulated seconds per wall-clock second. */
    public double speed() {
        return wall.isZero() ? Double.POSITIVE_INFINITY : simulated.toNanos() / (double) wall.toNanos();
    }
}
