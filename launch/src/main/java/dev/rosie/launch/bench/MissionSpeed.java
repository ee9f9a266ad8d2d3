package dev.rosie.launch.bench;

import dev.rosie.core.RosieException;
import dev.rosie.core.bench.Stats;
import dev.rosie.launch.mission.Mission;
import dev.rosie.launch.mission.MissionBenchmark;
import dev.rosie.launch.mission.MissionLoader;
import dev.rosie.launch.mission.MissionMaps;
import dev.rosie.safety.PolicyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A whole mission's simulation speed, measured by the missions' {@link MissionBenchmark}: the
 * full-apartment clean with people and the cat walking about ({@value #MISSION}), the whole stack
 * (spoken command through the embedded planner, guard, executor, world model) and the simulator,
 * simulated seconds per wall second of each run after one discarded warm-up run.
 */
final class MissionSpeed {
    static final String NAME = "missions.full_apartment_realtime_factor";
    static final String MISSION = "missions/02-full-apartment-with-people.yaml";

    private MissionSpeed() {
    }

    static Benchmark entry() {
        return new Benchmark("missions", "whole-mission simulation speed (full-apartment clean with people walking)",
                List.of(NAME), MissionSpeed::run);
    }

    static List<Figure> run(BenchContext context) {
        Path file = missionFile().orElseThrow(() -> new RosieException("cannot find " + MISSION
                + ": run rosie bench from the repository's root, where missions/ is", false));
        Mission mission = new MissionLoader(new MissionMaps(Clock.systemUTC())).load(file);
        int runs = context.budget().runs(5, 1);
        Path work = context.freshDir("mission");
        MissionBenchmark.Result r = MissionBenchmark.run(mission, new PolicyLoader().loadReference(),
                context.embeddedPlanner().planner(), runs, work, work.resolve("mission-bench.json"));
        return List.of(Figure.of(NAME, "whole mission, full-apartment clean with people walking (simulated s per wall s)",
                        "x", Stats.of(r.speeds(), 1))
                .withGoal(Goal.atLeast(Goal.Statistic.P50, 1000))
                .with("mission", r.mission())
                .with("simulated_seconds_per_run", r.simulatedSeconds())
                .with("cpu_time_factor_p50", Math.round(r.medianCpuSpeed())));
    }

    /** In the working directory, else beside the checkout the running jar was built in (launch/target/rosie.jar). */
    private static Optional<Path> missionFile() {
        Path here = Path.of(MISSION);
        if (Files.isRegularFile(here)) {
            return Optional.of(here);
        }
        try {
            Path jar = Path.of(MissionSpeed.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = jar.getParent() == null ? null : jar.getParent().getParent();
            Path beside = root == null || root.getParent() == null ? null : root.getParent().resolve(MISSION);
            return beside != null && Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
