package dev.rosie.launch.cli;

import dev.rosie.core.InvalidInputException;
import dev.rosie.launch.mission.Mission;
import dev.rosie.launch.mission.MissionLoader;
import dev.rosie.launch.mission.MissionMaps;
import dev.rosie.launch.mission.MissionReport;
import dev.rosie.launch.mission.MissionSession;
import dev.rosie.launch.mission.FeedbackLog;
import dev.rosie.launch.wiring.Planners;
import dev.rosie.planner.embedding.ModelFiles;
import dev.rosie.safety.Policy;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.PolicyMapCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rosie run --mission FILE [--seed N] [--out DIR]} and {@code rosie run --missions DIR
 * --repeat N}: simulated missions, headless. Every file is validated before the first run starts
 * (exit 2 naming the file, field and reason); a failed expectation exits 1. See MISSIONS.md.
 */
@Command(name = "run", description = "Runs simulated missions (YAML, see MISSIONS.md): report.json, map.png, feedback.jsonl.")
public final class RunCommand implements Callable<Integer> {

    static final class Which {
        @Option(names = "--mission", paramLabel = "FILE", required = true, description = "One mission file")
        Path mission;

        @Option(names = "--missions", paramLabel = "DIR", required = true,
                description = "Every *.yaml mission in DIR, in name order")
        Path missions;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--seed", paramLabel = "N", description = "Seed (default: the mission's own); repeats derive theirs from it")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where report.json, map.png and feedback.jsonl go. Default: DATA/missions/NAME, feedback in DATA")
    Path outDir;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Runs each mission N times with different seeds, deterministic from the base seed (default 1)")
    int repeat;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (repeat < 1 || repeat > 100_000) {
            throw new InvalidInputException("--repeat must be 1 to 100000, not " + repeat);
        }
        if (common.map != null) {
            throw new InvalidInputException("--map does not apply to missions: a mission names its world (world.map)");
        }
        MissionLoader loader = new MissionLoader(new MissionMaps(Clock.systemUTC()));
        List<Mission> missions = new ArrayList<>();
        java.util.Map<String, Path> names = new java.util.HashMap<>();
        for (Path f : files()) {
            Mission m = loader.load(f);
            Path other = names.putIfAbsent(m.name(), f);
            if (other != null) {
                throw new InvalidInputException("missions " + other + " and " + f + " have the same name '" + m.name()
                        + "'; their outputs would overwrite each other");
            }
            missions.add(m);
        }
        Path data = common.dataDir();
        Path feedback = (outDir != null ? outDir : data).resolve(FeedbackLog.FILE);
        Policy policy = common.policy == null ? new PolicyLoader().loadReference() : new PolicyLoader().load(common.policy);
        checkNames(policy, missions);
        boolean terminal = ProgressBar.terminal();
        int failed = 0;
        int runs = 0;
        int records = 0;
        try (Planners.Built planner = Planners.create(common.plannerChoice(), ModelFiles.defaultCacheRoot())) {
            for (Mission m : missions) {
                long base = seed != null ? seed : m.seed();
                for (int k = 0; k < repeat; k++) {
                    long s = MissionSession.seedOf(base, k);
                    Path dir = (outDir != null ? outDir : data.resolve("missions"));
                    if (which.missions != null || outDir == null) {
                        dir = dir.resolve(m.name());
                    }
                    if (repeat > 1) {
                        dir = dir.resolve("seed-" + s);
                    }
                    var session = new MissionSession(policy, planner.planner(), new ProgressBar(err, terminal, m.name()));
                    MissionSession.Outcome o = session.run(m, s, dir, feedback);
                    MissionReport.summary(o.result(), o.checks()).forEach(out::println);
                    out.println("  report: " + o.report() + ", map: " + o.map());
                    out.flush();
                    runs++;
                    records += o.feedbackRecords();
                    if (!o.passed()) {
                        failed++;
                    }
                }
            }
        }
        out.println(runs + " run(s), " + (runs - failed) + " passed, " + failed + " failed; " + records
                + " feedback record(s) appended to " + feedback);
        return failed == 0 ? ExitCodes.DONE : ExitCodes.FAILED;
    }

    /**
     * Each mission's world against the policy before any runs: a door or object rule its map lacks
     * would silently never apply. The robot checks again when it starts; here the files are known.
     */
    private void checkNames(Policy policy, List<Mission> missions) {
        PolicyMapCheck.Origin origin = common.policy == null ? PolicyMapCheck.Origin.REFERENCE_POLICY
                : new PolicyMapCheck.Origin(common.policy.toString(), false);
        MissionMaps maps = new MissionMaps(Clock.systemUTC());
        for (Mission m : missions) {
            PolicyMapCheck.require(policy, origin, maps.load(m.map()).map(), m.map()
                    .map(f -> new PolicyMapCheck.Origin(f + " (world.map of " + m.file() + ")", false))
                    .orElseGet(() -> new PolicyMapCheck.Origin("built in (world.map of " + m.file() + ")", true)));
        }
    }

    private List<Path> files() throws IOException {
        if (which.mission != null) {
            return List.of(which.mission);
        }
        if (!Files.isDirectory(which.missions)) {
            throw new InvalidInputException("--missions " + which.missions + ": not a directory");
        }
        try (Stream<Path> list = Files.list(which.missions)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
            if (files.isEmpty()) {
                throw new InvalidInputException("--missions " + which.missions + ": no *.yaml mission files there");
            }
            return files;
        }
    }
}
