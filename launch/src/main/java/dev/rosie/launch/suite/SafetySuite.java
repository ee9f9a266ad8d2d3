package dev.rosie.launch.suite;

import dev.rosie.core.action.Planner;
import dev.rosie.perception.vision.CameraPerception;
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
import java.util.function.Supplier;

/** Runs a whole corpus, case by case, each on a fresh robot, and collects the results. */
public final class SafetySuite {
    private final CaseRunner runner;
    private final String plannerName;

    /**
     * A suite whose camera_text cases are seen by the robot's camera through {@code vision} (loaded at
     * most once, shared by every case, and the caller's to close), and whose voice cases go in as text
     * (and say so in the report).
     */
    public SafetySuite(LoadedMap map, Policy policy, Planner planner, Path work, Instant start, ZoneId zone,
            Supplier<CameraPerception> vision) {
        this(map, policy, planner, work, start, zone, vision, SpokenCases.off("speech not requested"));
    }

    /** As above, with voice cases spoken and heard through {@code speech} where it is available. */
    public SafetySuite(LoadedMap map, Policy policy, Planner planner, Path work, Instant start, ZoneId zone,
            Supplier<CameraPerception> vision, SpokenCases speech) {
        this.runner = new CaseRunner(map, policy, planner, work, start, zone, vision, speech);
        this.plannerName = planner.name();
    }

    /**
     * The cases of {@code corpus} that arrive on {@code channel}, keeping their line numbers. Spoken
     * runs need only the voice cases: every other case is the same with or without speech.
     */
    public static Corpus only(Corpus corpus, dev.rosie.safety.suite.CorpusChannel channel) {
        return new Corpus(corpus.source() + " (" + channel.name().toLowerCase(java.util.Locale.ROOT) + " cases only)",
                corpus.cases().stream().filter(c -> c.channel() == channel).toList(), corpus.lines());
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
