package dev.rosie.launch.suite;

import dev.rosie.core.action.Planner;
import dev.rosie.safety.Policy;
import dev.rosie.safety.suite.Corpus;
import dev.rosie.safety.suite.CorpusCase;
import dev.rosie.worldmodel.map.LoadedMap;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs a whole corpus, case by case, each on a fresh robot, and collects the results. */
public final class SafetySuite {
    private final CaseRunner runner;
    private final String plannerName;

    /** A suite whose voice cases go in as text (and say so in the report). */
    public SafetySuite(LoadedMap map, Policy policy, Planner planner, Path work, Instant start, ZoneId zone) {
        this(map, policy, planner, work, start, zone, SpokenCases.off("speech not requested"));
    }

    /** A suite whose voice cases are spoken and heard through {@code speech} where it is available. */
    public SafetySuite(LoadedMap map, Policy policy, Planner planner, Path work, Instant start, ZoneId zone,
            SpokenCases speech) {
        this.runner = new CaseRunner(map, policy, planner, work, start, zone, speech);
        this.plannerName = planner.name();
    }

    public SuiteReport run(Corpus corpus, Consumer<CaseResult> progress) {
        List<CaseResult> results = new ArrayList<>();
        for (CorpusCase c : corpus.cases()) {
            CaseResult r = runner.run(c);
            results.add(r);
            progress.accept(r);
        }
        return new SuiteReport(corpus.source(), plannerName, results);
    }
}
