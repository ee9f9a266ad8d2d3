package dev.rosie.launch.cli;

import dev.rosie.core.action.Planner;
import dev.rosie.launch.suite.SafetySuite;
import dev.rosie.launch.suite.SuiteReport;
import dev.rosie.planner.rules.AdversarialPlanner;
import dev.rosie.launch.wiring.PlannerChoice;
import dev.rosie.launch.wiring.Planners;
import dev.rosie.planner.embedding.ModelFiles;
import dev.rosie.safety.Policy;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.suite.Corpus;
import dev.rosie.safety.suite.CorpusLoader;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import dev.rosie.launch.wiring.LazyVision;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rosie safety-suite}: every corpus case as a mission in the reference apartment, judged by
 * what reached the simulated body. Exit 0 only if no blocked case succeeded and every allowed case
 * was done.
 */
@Command(name = "safety-suite", description = "Runs the adversarial safety corpus against the robot in the simulator.")
public final class SafetySuiteCommand implements Callable<Integer> {
    /** A fixed start time, so a suite run is repeatable. */
    static final Instant START = Instant.parse("2026-06-01T09:00:00Z");

    /**
     * The embedded planner, the rule-based fallback, a compromised planner on top of the embedded
     * one, an OpenAI-compatible LLM (--llm-url, --llm-model), or llama.cpp in process (--model).
     */
    enum SuitePlanner { embedded, rules, adversarial, openai, llama }

    @Option(names = "--corpus", paramLabel = "FILE", description = "A corpus in the JSONL format (default: the project's)")
    Path corpus;

    @Option(names = "--planner", paramLabel = "NAME", defaultValue = "adversarial",
            description = "Planner: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, which obeys every"
                    + " instruction it reads, on top of the embedded planner)")
    SuitePlanner planner;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write report.json (default: DATA/safety-suite)")
    Path reportDir;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: $ROSIE_DATA, else ~/.rosie)")
    Path data;

    @Option(names = "--quiet", description = "Print only the table, not a line per case")
    boolean quiet;

    @picocli.CommandLine.Mixin
    LlmOptions llm;

    @Option(names = "--model", paramLabel = "FILE.gguf", description = "GGUF chat model for --planner llama")
    Path model;

    @Option(names = "--no-speech", description = "Give voice cases to the robot as text instead of speaking them"
            + " (a synthetic voice + sox) and transcribing them with Vosk; each case's report says how its command arrived")
    boolean noSpeech;

    @Option(names = "--voice", paramLabel = "NAME", defaultValue = "festival-hts",
            description = "The synthetic voice that speaks voice cases: festival-hts (default, the most human; a US"
                    + " woman), flite-slt (the same woman), espeak, flite-rms (a US man), flite-awb (a Scottish man),"
                    + " flite-kal16 or festival-kal (a US man, diphones)")
    String voice;

    @Option(names = "--channel", paramLabel = "CHANNEL", description = "Run only the cases arriving on this channel"
            + " (voice, cli, mqtt, camera_text, world_note); e.g. --channel voice to measure speech alone")
    String channel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        dev.rosie.launch.suite.Voice.named(voice); // a misspelt voice fails before anything loads
        Corpus all = corpus == null ? new CorpusLoader().loadReference() : new CorpusLoader().load(corpus);
        Corpus cases = channel == null ? all
                : dev.rosie.launch.suite.SafetySuite.only(all, channel(channel));
        LoadedMap map = new RosieMapLoader(Clock.fixed(START, ZoneOffset.UTC)).referenceApartment();
        Policy policy = new PolicyLoader().loadReference();
        PlannerChoice choice = switch (planner) {
            case rules -> PlannerChoice.RULES;
            case embedded, adversarial -> PlannerChoice.EMBEDDED;
            case openai -> PlannerChoice.of("openai", llm.settings(dev.rosie.launch.wiring.RosieConfig.Llm.NONE));
            case llama -> PlannerChoice.of("llama", java.util.Optional.empty(), java.util.Optional.ofNullable(model));
        };
        if (model != null && planner != SuitePlanner.llama) {
            throw new dev.rosie.core.InvalidInputException("--model only applies to --planner llama, not " + planner);
        }
        if (llm.given() && planner != SuitePlanner.openai) {
            throw new dev.rosie.core.InvalidInputException("--llm-* options only apply to --planner openai, not " + planner);
        }
        try (Planners.Built base = Planners.create(choice, ModelFiles.defaultCacheRoot())) {
            Planner chosen = planner == SuitePlanner.adversarial ? new AdversarialPlanner(base.planner()) : base.planner();
            return run(out, cases, map, policy, chosen);
        }
    }

    private int run(PrintWriter out, Corpus cases, LoadedMap map, Policy policy, Planner chosen) throws Exception {
        Path dataDir = dev.rosie.launch.wiring.Settings.prepare(
                dev.rosie.launch.wiring.Settings.resolveDataDir(data, System.getenv(), System.getProperty("user.home")));
        Path outDir = reportDir != null ? reportDir : dataDir.resolve("safety-suite");
        Path work = Files.createTempDirectory(dev.rosie.launch.wiring.Settings.prepare(outDir), "cases-");
        out.println("Safety suite: " + cases.size() + " cases from " + cases.source() + ", planner " + chosen.name());
        // Synthesised speech is cached by text under the data directory, so a second run only transcribes.
        try (dev.rosie.launch.suite.SpokenCases speech = noSpeech ? dev.rosie.launch.suite.SpokenCases.off("--no-speech")
                : dev.rosie.launch.suite.SpokenCases.open(dataDir.resolve("speech-cache"), map.map(),
                        dev.rosie.launch.suite.Voice.named(voice))) {
            out.println("Voice cases: " + speech.unavailable().map(why -> "given as text (" + why + ")")
                    .orElse("spoken by " + speech.voice().wireName() + " + sox and heard by Vosk"));
            return run(out, cases, map, policy, chosen, work, outDir, speech);
        }
    }

    private int run(PrintWriter out, Corpus cases, LoadedMap map, Policy policy, Planner chosen, Path work, Path outDir,
            dev.rosie.launch.suite.SpokenCases speech) throws Exception {
        AtomicInteger n = new AtomicInteger();
        SuiteReport report;
        // camera_text cases are read by the simulated camera with the real OCR models, loaded once.
        try (LazyVision vision = new LazyVision(dev.rosie.launch.wiring.CameraSettings.SIM_CAMERA.horizontalFov())) {
            report = new SafetySuite(map, policy, chosen, work, START, ZoneId.of("UTC"), vision, speech).run(cases, r -> {
                int i = n.incrementAndGet();
                if (!quiet) {
                    out.printf("[%3d/%d] %-6s %-22s %s%n", i, cases.size(), r.passed() ? "pass" : "FAIL", r.id(), r.why());
                }
            });
        }
        Files.deleteIfExists(work);
        Path file = outDir.resolve("report.json");
        report.write(file);
        out.println();
        report.printTable(out);
        out.println();
        out.println("Report: " + file);
        return report.allPassed() ? ExitCodes.DONE : ExitCodes.FAILED;
    }

    private static dev.rosie.safety.suite.CorpusChannel channel(String wire) {
        for (dev.rosie.safety.suite.CorpusChannel c : dev.rosie.safety.suite.CorpusChannel.values()) {
            if (c.wireName().equals(wire)) {
                return c;
            }
        }
        throw new dev.rosie.core.InvalidInputException("--channel: '" + wire + "' is not a channel; expected one of "
                + java.util.Arrays.stream(dev.rosie.safety.suite.CorpusChannel.values())
                        .map(dev.rosie.safety.suite.CorpusChannel::wireName).toList());
    }
}
