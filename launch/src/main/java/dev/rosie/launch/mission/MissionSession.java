package dev.rosie.launch.mission;

import dev.rosie.core.action.Planner;
import dev.rosie.safety.Policy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs missions with one planner and policy and writes what each run produced: {@code report.json}
 * and {@code map.png} in the run's directory, its feedback records appended to a
 * {@code feedback.jsonl}. The robot's own world and keys live in the run's {@code work/} directory.
 */
public final class MissionSession {

    /** One finished run and where its files are. */
    public record Outcome(MissionResult result, List<ExpectationCheck.Result> checks, Path report, Path map,
            int feedbackRecords) {
        public boolean passed() {
            return checks.stream().allMatch(ExpectationCheck.Result::passed);
        }
    }

    private final MissionRunner runner;

    public MissionSession(Policy policy, Planner planner, MissionRunner.Progress progress) {
        this.runner = new MissionRunner(policy, planner, progress);
    }

    public Outcome run(Mission mission, long seed, Path outDir, Path feedback) {
        MissionResult result = runner.run(mission, seed, outDir.resolve("work"));
        List<ExpectationCheck.Result> checks = ExpectationCheck.check(result);
        Path report = outDir.resolve("report.json");
        MissionReport.write(report, MissionReport.build(result, checks));
        Path map = outDir.resolve("map.png");
        MissionMap.write(map, result);
        List<Map<String, Object>> records = FeedbackLog.records(result, mission.name() + "/" + seed);
        FeedbackLog.append(feedback, records);
        return new Outcome(result, checks, report, map, records.size());
    }

    /**
     * The seed of repeat {@code k} (from 0): the base seed itself first, then a deterministic
     * sequence drawn from it, so {@code --repeat N} with the same base seed always gives the same runs.
     */
    public static long seedOf(long base, int k) {
        if (k == 0) {
            return base;
        }
        SplittableRandom random = new SplittableRandom(base);
        long s = 0;
        for (int i = 0; i < k; i++) {
            s = random.nextLong() & 0x7fff_ffffL;
        }
        return s;
    }
}
