package dev.rosie.launch.bench;

import dev.rosie.core.RosieException;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.bench.Stats;
import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.launch.wiring.Robot;
import dev.rosie.launch.wiring.RobotFactory;
import dev.rosie.launch.wiring.RobotSpec;
import dev.rosie.launch.wiring.TurnListener;
import dev.rosie.launch.wiring.TurnStart;
import dev.rosie.perception.speech.SpeechBenchmark;
import dev.rosie.perception.speech.SpeechBenchmark.Clip;
import dev.rosie.perception.speech.SpeechEvent;
import dev.rosie.perception.speech.SpeechRecognizer;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.Verdict;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline figure: from the end of an utterance to the first moving wheel command at the body,
 * through everything a spoken command passes in {@code rosie demo} and {@code rosie serve}: Vosk's
 * final result (grammar-biased, with the free-form fallback), command intake, the embedded planner,
 * the safety guard, the executor (path and coverage planning), the runtime monitor and the simulated
 * body, with every step journaled durably in a SQLite world model, as a real robot does.
 *
 * <p>Where the clock starts: when the chunk of audio in which Vosk's endpointer closes the
 * utterance is handed to the recogniser (so decoding that last 100 ms chunk counts). The endpointer
 * itself waits for 0.5 to 1 s of silence after the last word before it closes an utterance; that wait
 * is the model's configuration and is not in the figure. Where it stops: when the first non-zero
 * drive command reaches the body ({@link FirstMotionTap}). The control loop is ticked as fast as it
 * goes (the simulator's lock step), as {@code demo} does; {@code serve} paces ticks to the wall
 * clock, which can add up to one tick ({@code 20 ms}) of waiting that this figure leaves out.
 *
 * <p>Each run plays the demo's committed recording, "Rosie, clean the living room", into one
 * recogniser (as a microphone stream would), then interrupts the clean once the wheels have moved
 * and lets three simulated hours pass so the cleaning cooldown never refuses the next run.
 */
final class VoiceToMotion {
    static final String TOTAL = "voice.to_first_motion";
    private static final Source ALEX = new Source(Channel.VOICE, "alex", Trust.OWNER);
    private static final String[] STAGES = {"transcript", "intake", "plan", "guard", "start", "first_tick"};

    private VoiceToMotion() {
    }

    static Benchmark entry() {
        return new Benchmark("voice-to-motion",
                "end of utterance -> first velocity command at the driver (Vosk, intake, embedded planner, guard, executor, sim)",
                List.of(TOTAL), VoiceToMotion::run);
    }

    /** Wall-clock marks of one run, in the ticker's nanoseconds. */
    private static final class Marks implements TurnListener {
        long end;
        long transcript;
        long accepted;
        long proposed;
        long judged;
        long started;

        @Override
        public void accepted(Command command) {
            accepted = System.nanoTime();
        }

        @Override
        public void proposed(String planner, PlannerResult proposal) {
            proposed = System.nanoTime();
        }

        @Override
        public void judged(Verdict verdict) {
            judged = System.nanoTime();
        }

        @Override
        public void on(dev.rosie.core.execution.ExecutionEvent event) {
        }
    }

    static List<Figure> run(BenchContext context) {
        Budget budget = context.budget();
        int warmups = budget.warmups(5, 2);
        int runs = budget.runs(60, 10);
        Clip clip = SpeechClips.demo();
        Marks marks = new Marks();
        FirstMotionTap[] tap = new FirstMotionTap[1];
        var planner = context.embeddedPlanner();
        long[] total = new long[runs];
        long[][] stages = new long[STAGES.length][runs];
        long[] snapshots = new long[runs];
        String heard = "";
        try (Robot robot = RobotFactory.assemble(RobotSpec.of(context.freshDir("voice"), context.apartment(),
                new PolicyLoader().loadReference(), planner.planner(), BenchContext.START, ZoneOffset.UTC, marks)
                .withWheels(body -> tap[0] = new FirstMotionTap(body, System::nanoTime)));
                SpeechRecognizer recognizer = context.ears().recognizer(false, false)) {
            for (int i = -warmups; i < runs; i++) {
                robot.clock().advance(Duration.ofHours(3));
                heard = once(robot, recognizer, clip, marks, tap[0]);
                // Not part of the figure: what the "plan" stage's world snapshot costs on its own, for the breakdown.
                long s0 = System.nanoTime();
                robot.world().snapshot();
                long snapshot = System.nanoTime() - s0;
                if (i >= 0) {
                    snapshots[i] = snapshot;
                    total[i] = tap[0].firstMotion().getAsLong() - marks.end;
                    long[] at = {marks.end, marks.transcript, marks.accepted, marks.proposed, marks.judged, marks.started,
                            tap[0].firstMotion().getAsLong()};
                    for (int s = 0; s < STAGES.length; s++) {
                        stages[s][i] = at[s + 1] - at[s];
                    }
                }
            }
        }
        Map<String, Object> breakdown = new LinkedHashMap<>();
        for (int s = 0; s < STAGES.length; s++) {
            Stats st = Stats.ofNanos(stages[s], warmups, 1e6);
            Map<String, Object> stage = new LinkedHashMap<>();
            stage.put("p50_ms", round(st.p50()));
            stage.put("p99_ms", round(st.p99()));
            breakdown.put(STAGES[s], stage);
        }
        return List.of(Figure.of(TOTAL, "end of utterance -> first velocity command at the driver (voice to motion)",
                        "ms", Stats.ofNanos(total, warmups, 1e6))
                .withGoal(Goal.atMost(Goal.Statistic.P50, 150))
                .with("audio", SpeechClips.DEMO_AUDIO)
                .with("heard", heard)
                .with("planner", planner.planner().name())
                .with("stages_ms", breakdown)
                .with("world_snapshot_p50_ms", round(Stats.ofNanos(snapshots, warmups, 1e6).p50()))
                .with("stages", "transcript: Vosk final result (+ fallback); intake: normalise, screen, journal; "
                        + "plan: snapshot, embedded planner, journal; guard: review, journal; start: executor path and "
                        + "coverage planning, journal; first_tick: control ticks until the first moving command"));
    }

    /** One utterance to first motion; leaves the robot idle and the marks set. */
    private static String once(Robot robot, SpeechRecognizer recognizer, Clip clip, Marks marks, FirstMotionTap tap) {
        SpeechEvent.Utterance[] got = new SpeechEvent.Utterance[1];
        short[] s = clip.audio().withSilence(SpeechBenchmark.TRAILING_SILENCE_S).samples();
        for (int from = 0; from < s.length && got[0] == null; from += SpeechRecognizer.CHUNK) {
            int n = Math.min(SpeechRecognizer.CHUNK, s.length - from);
            short[] chunk = Arrays.copyOfRange(s, from, from + n);
            long handed = System.nanoTime();
            recognizer.accept(chunk, n, e -> {
                if (e instanceof SpeechEvent.Utterance u && got[0] == null) {
                    marks.transcript = System.nanoTime();
                    marks.end = handed;
                    got[0] = u;
                }
            });
        }
        if (got[0] == null) {
            long handed = System.nanoTime();
            recognizer.finish(e -> {
                if (e instanceof SpeechEvent.Utterance u && got[0] == null) {
                    marks.transcript = System.nanoTime();
                    marks.end = handed;
                    got[0] = u;
                }
            });
        }
        if (got[0] == null) {
            throw new RosieException("Vosk heard nothing in " + SpeechClips.DEMO_AUDIO, false);
        }
        tap.arm();
        TurnStart start = robot.begin(got[0].text(), ALEX);
        marks.started = System.nanoTime();
        if (!(start instanceof TurnStart.Running)) {
            throw new RosieException("the robot did not act on \"" + got[0].text() + "\": " + start, false);
        }
        while (tap.firstMotion().isEmpty() && robot.running()) {
            robot.tick();
        }
        if (tap.firstMotion().isEmpty()) {
            throw new RosieException("the plan for \"" + got[0].text() + "\" ended without moving the wheels", false);
        }
        robot.interrupt();
        robot.collect();
        // The rest of the recording (trailing silence) is dropped: the next run starts a fresh utterance.
        recognizer.finish(e -> { });
        return got[0].text();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
