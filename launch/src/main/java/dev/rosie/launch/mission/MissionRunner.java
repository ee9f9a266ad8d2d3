package dev.rosie.launch.mission;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.Planner;
import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.world.CleaningRun;
import dev.rosie.launch.wiring.CameraSettings;
import dev.rosie.launch.wiring.LazyVision;
import dev.rosie.launch.wiring.Robot;
import dev.rosie.launch.wiring.RobotFactory;
import dev.rosie.launch.wiring.RobotSpec;
import dev.rosie.launch.wiring.SimSetup;
import dev.rosie.launch.wiring.Turn;
import dev.rosie.launch.wiring.TurnListener;
import dev.rosie.launch.wiring.TurnStart;
import dev.rosie.safety.Policy;
import dev.rosie.sim.Resident;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.store.SqliteWorldModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs a mission on a fresh robot built by {@link RobotFactory} (the same loop as {@code say},
 * {@code demo} and {@code serve}): the mission's residents walk in its simulator, and the control
 * loop ticks the robot on its {@code ManualClock}, never sleeping, feeding timeline inputs at their
 * simulated times. Commands wait while a turn runs (as the serve loop's inbox does); signs, e-stops
 * and releases happen at their time. With a low-battery watch, a turn running below the threshold
 * is interrupted and the robot is sent to the dock through the whole loop (intake, planner, guard),
 * as a command from the schedule channel.
 */
public final class MissionRunner {
    /** The robot's own low-battery command: from the schedule channel, with an operator's trust. */
    static final Source BATTERY_WATCH = new Source(Channel.SCHEDULE, "battery-watch", Trust.OPERATOR);
    static final String RETURN_TEXT = "go back to the dock";
    /** A run ends this long after its last turn at the earliest, so the body has come to rest. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    /** Hears about progress: simulated time since the start, steps done of all. */
    public interface Progress {
        void update(Duration simulated, int stepsDone, int steps, String label);

        Progress NONE = (s, d, n, l) -> { };
    }

    private final Policy policy;
    private final Planner planner;
    private final Progress progress;

    public MissionRunner(Policy policy, Planner planner, Progress progress) {
        this.policy = policy;
        this.planner = planner;
        this.progress = progress;
    }

    /** Runs {@code mission} with {@code seed} in {@code work} (emptied first: a mission starts from a new world). */
    public MissionResult run(Mission mission, long seed, Path work) {
        long wallStart = System.nanoTime();
        reset(work);
        Instant t0 = mission.startTime();
        LoadedMap loaded = new MissionMaps(MissionLoader.clockAt(t0)).load(mission.map());
        List<Resident> residents = mission.residents().orElseGet(() -> loaded.residents().stream().map(Resident::from).toList());
        SimSetup setup = new SimSetup(residents, mission.start(), seed, mission.battery());
        // Eyes that look only when asked (a sign step, Inspect), on the control thread: the models load
        // on the first look, and a mission without one never pays for them.
        try (LazyVision vision = new LazyVision(CameraSettings.SIM_CAMERA.horizontalFov());
                Robot robot = RobotFactory.assemble(RobotSpec.of(work.resolve("world"), loaded, policy, planner, t0,
                        ZoneOffset.UTC, TurnListener.silent()).withSim(setup).withVision(vision));
                MqttIntake mqtt = new MqttIntake(work.resolve("remote"), robot.clock(), seed);
                Speech speech = new Speech(loaded.map())) {
            Loop loop = new Loop(mission, robot, mqtt, speech);
            loop.run();
            var body = robot.body();
            List<CleaningRun> log = robot.world() instanceof SqliteWorldModel w
                    ? w.cleaningRuns(t0, robot.clock().instant().plusSeconds(1)) : List.of();
            Map<String, Boolean> doors = new LinkedHashMap<>();
            loaded.map().doors().forEach(d -> doors.put(d.name(), body.doorOpen(d.name())));
            return new MissionResult(mission, seed, robot.plannerName(), loaded.map(), loop.records, loop.trace,
                    Duration.between(t0, robot.clock().instant()), Duration.ofNanos(System.nanoTime() - wallStart),
                    loop.timedOut, loop.events, body.dirt(), body.unsafeEvents(), body.distanceTravelled(),
                    body.collisions(), mission.battery(), body.battery(), body.docked(), log, doors, body.ticks());
        }
    }

    /** The state of one run. */
    private final class Loop {
        final Mission mission;
        final Robot robot;
        final MqttIntake mqtt;
        final Speech speech;
        final MissionTrace trace;
        final Instant t0;
        final List<StepRecord> records = new ArrayList<>();
        final List<Map<String, Object>> events = new ArrayList<>();
        boolean timedOut;
        private Pending current;
        private Instant lastDone;

        /** A turn that is running, and what is needed to record it when it ends. */
        private record Pending(int index, Map<String, Object> input, Source source, Duration startedAt, String digest,
                Map<String, Double> coverage, int unsafeBefore, int collisionsBefore, boolean batteryReturn) {
        }

        Loop(Mission mission, Robot robot, MqttIntake mqtt, Speech speech) {
            this.mission = mission;
            this.robot = robot;
            this.mqtt = mqtt;
            this.speech = speech;
            this.trace = new MissionTrace(robot.body());
            this.t0 = robot.clock().instant();
            this.lastDone = t0;
        }

        void run() {
            List<TimelineStep> steps = mission.timeline();
            int next = 0;
            Instant limit = t0.plus(mission.limit());
            Instant atLeast = t0.plus(mission.runAtLeast());
            long ticks = 0;
            while (true) {
                Instant now = robot.clock().instant();
                if (current != null && !robot.running()) {
                    finish(robot.collect().orElseThrow(), Optional.empty());
                }
                if (current != null && !current.batteryReturn() && mission.returnBelow().isPresent()
                        && robot.body().battery() < mission.returnBelow().get()) {
                    returnToDock();
                }
                while (next < steps.size() && !now.isBefore(due(steps.get(next))) && (current == null
                        || !steps.get(next).isCommand())) {
                    apply(next, steps.get(next));
                    next++;
                }
                if (next == steps.size() && current == null && !now.isBefore(atLeast)
                        && !now.isBefore(lastDone.plus(SETTLE))) {
                    break;
                }
                if (!now.isBefore(limit)) {
                    timedOut = true;
                    if (current != null) {
                        robot.interrupt();
                        finish(robot.collect().orElseThrow(), Optional.of("interrupted: the mission's time limit"));
                    }
                    break;
                }
                robot.tick();
                trace.sample();
                if (++ticks % 500 == 0) {
                    progress.update(Duration.between(t0, robot.clock().instant()), next, steps.size(),
                            current == null ? "idle" : "running step " + (current.index() + 1));
                }
            }
            progress.update(Duration.between(t0, robot.clock().instant()), next, steps.size(), "done");
        }

        private Instant due(TimelineStep step) {
            return switch (step.when()) {
                case Timing.At a -> t0.plus(a.offset());
                case Timing.After a -> lastDone.plus(a.delay());
            };
        }

        private void apply(int index, TimelineStep step) {
            Instant now = robot.clock().instant();
            switch (step) {
                case TimelineStep.Say s -> begin(index, s.text(), s.source(), input("say", s.describe()), false);
                case TimelineStep.Wav w -> {
                    String heard = speech.transcribe(w.file());
                    Map<String, Object> in = input("wav", w.describe());
                    in.put("file", w.file().getFileName().toString());
                    in.put("transcript", heard);
                    begin(index, heard, w.source(), in, false);
                }
                case TimelineStep.Mqtt m -> mqtt(index, m);
                case TimelineStep.Sign s -> {
                    // Through the camera: what OCR reads is stored as untrusted data, never a command.
                    SignStep.Shown shown = SignStep.show(robot, s, index);
                    trace.markAt(now, shown.at(), "sign", "sign: " + s.text());
                    event(now, "sign", s.describe() + "; the camera read "
                            + (shown.read().isEmpty() ? "nothing" : "\"" + String.join(" / ", shown.read()) + "\""));
                    lastDone = now;
                }
                case TimelineStep.Estop e -> {
                    boolean engaged = robot.emergencyStop().engage("mission e-stop", e.source(), now);
                    robot.haltNow();
                    robot.recordEstop(robot.emergencyStop().state());
                    trace.engaged(now, e.source().toString());
                    event(now, "estop", e.describe() + (engaged ? "" : " (ignored: untrusted)"));
                    lastDone = now;
                }
                case TimelineStep.Release r -> {
                    var answer = robot.emergencyStop().release(r.source());
                    String what = switch (answer) {
                        case dev.rosie.actuation.monitor.EmergencyStop.Release.Released x -> {
                            robot.recordEstop(robot.emergencyStop().state());
                            trace.released(now);
                            yield "released";
                        }
                        case dev.rosie.actuation.monitor.EmergencyStop.Release.Refused x -> "refused: " + x.reason();
                        case dev.rosie.actuation.monitor.EmergencyStop.Release.NotEngaged x -> "not engaged";
                    };
                    event(now, "release", r.describe() + ": " + what);
                    lastDone = now;
                }
            }
        }

        private void mqtt(int index, TimelineStep.Mqtt m) {
            Map<String, Object> in = input("mqtt", m.describe());
            in.put("signed", m.signed());
            Source claimed = new Source(Channel.MQTT, m.principal(), m.signer());
            switch (mqtt.submit(m)) {
                case MqttIntake.Result.Command c -> begin(index, c.text(), c.source(), in, false);
                case MqttIntake.Result.Untrusted u -> {
                    robot.recordUntrusted(u.text(), u.reason());
                    record(index, in, claimed, new Turn.NotACommand(u.reason()), digest(), coverage(), 0, 0, Optional.empty());
                }
                case MqttIntake.Result.Malformed bad -> record(index, in, claimed,
                        new Turn.NotACommand("malformed payload: " + bad.reason()), digest(), coverage(), 0, 0, Optional.empty());
            }
        }

        private void begin(int index, String text, Source source, Map<String, Object> in, boolean batteryReturn) {
            String digest = digest();
            Map<String, Double> before = coverage();
            int unsafe = robot.body().unsafeEvents().size();
            int collisions = robot.body().collisions();
            Duration at = Duration.between(t0, robot.clock().instant());
            switch (robot.begin(text, source)) {
                case TurnStart.Ended e -> record(index, in, source, e.turn(), digest, before, unsafe, collisions,
                        batteryReturn ? Optional.of("low-battery return") : Optional.empty());
                case TurnStart.Running r -> current = new Pending(index, in, source, at, digest, before, unsafe, collisions,
                        batteryReturn);
            }
        }

        private void returnToDock() {
            Instant now = robot.clock().instant();
            int index = current.index();
            robot.interrupt();
            finish(robot.collect().orElseThrow(), Optional.of(String.format(java.util.Locale.ROOT,
                    "interrupted at %.0f%% battery to return to the dock", robot.body().battery() * 100)));
            trace.mark(now, "battery", "low battery: back to the dock");
            event(now, "low-battery", String.format(java.util.Locale.ROOT, "battery %.3f below %.3f: the robot goes back"
                    + " to the dock", robot.body().battery(), mission.returnBelow().orElseThrow()));
            Map<String, Object> in = input("battery-watch", BATTERY_WATCH + " says \"" + RETURN_TEXT + "\"");
            begin(index, RETURN_TEXT, BATTERY_WATCH, in, true);
        }

        private void finish(Turn turn, Optional<String> note) {
            Pending p = current;
            current = null;
            record(p.index(), p.input(), p.source(), turn, p.digest(), p.coverage(), p.unsafeBefore(), p.collisionsBefore(),
                    note.or(() -> p.batteryReturn() ? Optional.of("low-battery return") : Optional.empty()), p.startedAt());
        }

        private void record(int index, Map<String, Object> in, Source source, Turn turn, String digest,
                Map<String, Double> before, int unsafeBefore, int collisionsBefore, Optional<String> note) {
            record(index, in, source, turn, digest, before, unsafeBefore, collisionsBefore, note,
                    Duration.between(t0, robot.clock().instant()));
        }

        private void record(int index, Map<String, Object> in, Source source, Turn turn, String digest,
                Map<String, Double> before, int unsafeBefore, int collisionsBefore, Optional<String> note, Duration at) {
            var all = robot.body().unsafeEvents();
            List<String> unsafe = all.subList(Math.min(unsafeBefore, all.size()), all.size()).stream()
                    .map(e -> e.kind().wireName()).toList();
            records.add(new StepRecord(index, in, source, at, turn, digest, before, coverage(), unsafe,
                    robot.body().collisions() - collisionsBefore, note));
            lastDone = robot.clock().instant();
            if (turn instanceof Turn.Executed x) {
                x.events().stream().filter(e -> e instanceof ExecutionEvent.StepFailed)
                        .forEach(e -> trace.mark(e.at(), "failure", "failed: " + ((ExecutionEvent.StepFailed) e).action().label()));
            }
        }

        private Map<String, Object> input(String kind, String describe) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", kind);
            m.put("description", describe);
            return m;
        }

        private void event(Instant at, String kind, String detail) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at_s", Duration.between(t0, at).toMillis() / 1000.0);
            m.put("kind", kind);
            m.put("detail", detail);
            events.add(m);
        }

        private String digest() {
            return SnapshotDigest.of(robot.world().snapshot());
        }

        private Map<String, Double> coverage() {
            Map<String, Double> m = new LinkedHashMap<>();
            robot.body().dirt().forEach((room, d) -> m.put(room, d.coverage()));
            return m;
        }
    }

    /** Labels of the actions that started on the body in a turn. */
    static List<String> started(Turn turn) {
        return turn instanceof Turn.Executed x ? x.events().stream().filter(e -> e instanceof ExecutionEvent.StepStarted)
                .map(e -> ((ExecutionEvent.StepStarted) e).action()).map(Action::label).toList() : List.of();
    }

    private static void reset(Path work) {
        try {
            if (Files.exists(work)) {
                try (Stream<Path> paths = Files.walk(work)) {
                    for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                        if (!p.equals(work)) {
                            Files.delete(p);
                        }
                    }
                }
            }
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the mission's work directory " + work, e);
        }
    }
}
