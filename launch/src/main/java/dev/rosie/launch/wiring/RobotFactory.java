package dev.rosie.launch.wiring;

import dev.rosie.actuation.ExecutorConfig;
import dev.rosie.core.ManualClock;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.world.WorldModel;
import dev.rosie.perception.intake.CommandIntake;
import dev.rosie.perception.intake.TextNormalizer;
import dev.rosie.perception.vision.CameraPerception;
import dev.rosie.perception.vision.ObservationRecorder;
import dev.rosie.planner.embedding.ModelFiles;
import dev.rosie.safety.InputScreener;
import dev.rosie.safety.Policy;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.PolicyMapCheck;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.sim.SimConfig;
import dev.rosie.sim.SimDriver;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.store.SqliteWorldModel;
import dev.rosie.worldmodel.store.StoreOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Builds a {@link Robot} on the embedded simulator from {@link Settings}, with the planner they choose. */
public final class RobotFactory {
    /** A single command may keep the robot busy for at most this much simulated time. */
    public static final Duration MAX_RUN = Duration.ofHours(2);
    /** How long the simulated body keeps its last velocity command without hearing another. */
    public static final Duration BODY_WATCHDOG = Duration.ofMillis(300);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RobotFactory.class);

    private final Settings settings;
    private final ZoneId zone;
    private final CameraSettings camera;

    /** A factory whose robots look through the camera on Inspect, and periodically if configured ({@link CameraSettings}). */
    public RobotFactory(Settings settings, ZoneId zone) {
        this(settings, zone, CameraSettings.standard(CameraSettings.ON_DEMAND));
    }

    public RobotFactory(Settings settings, ZoneId zone, CameraSettings camera) {
        this.settings = settings;
        this.zone = zone;
        this.camera = java.util.Objects.requireNonNull(camera, "camera");
    }

    /**
     * Opens the robot the settings describe: their map, policy (the reference one unless a file is
     * named), planner and replanning cap, with lazily loaded camera perception; the robot releases
     * the planner and the perception when it closes.
     */
    public Robot open(Instant now, TurnListener observer) {
        Settings.prepare(settings.dataDir());
        MapChoice choice = MapChoice.load(settings, java.time.Clock.fixed(now, zone));
        LoadedMap map = choice.map();
        Policy policy = settings.policyFile().map(new PolicyLoader()::load).orElseGet(new PolicyLoader()::loadReference);
        // Before anything opens: a rule naming a door or object this home lacks would silently never apply.
        PolicyMapCheck.require(policy, settings.policyFile().map(f -> new PolicyMapCheck.Origin(f.toString(), false))
                .orElse(PolicyMapCheck.Origin.REFERENCE_POLICY), map.map(), choice.origin());
        Planners.Built planner = Planners.create(settings.planner(), ModelFiles.defaultCacheRoot());
        LazyVision vision = new LazyVision(CameraSettings.SIM_CAMERA.horizontalFov());
        AutoCloseable resources = () -> {
            try {
                vision.close();
            } finally {
                planner.close();
            }
        };
        try {
            return assemble(RobotSpec.of(settings.dataDir(), map, policy, planner.planner(), now, zone, observer)
                    .withPlannerResources(resources).withMaxReplans(settings.maxReplans()).withVision(vision)
                    .withCamera(camera));
        } catch (RuntimeException e) {
            vision.close();
            planner.close();
            throw e;
        }
    }

    /**
     * Builds a robot on the embedded simulator from explicit parts: the world in the spec's data
     * directory (created if new), its map, policy and planner, and whatever else the spec sets. The
     * safety suite and tests use this to run many robots with one planner, which stays the caller's
     * to close unless the spec hands it over as planner resources.
     */
    public static Robot assemble(RobotSpec spec) {
        LoadedMap map = spec.map();
        SimSetup sim = spec.sim();
        CameraSettings camera = spec.camera();
        // Every robot's guard, whoever assembles it (missions, the safety suite, tests), guards a map its
        // policy was written for; open() has already said which file to fix when it knows the files.
        PolicyMapCheck.require(spec.policy(), new PolicyMapCheck.Origin("policy '" + spec.policy().label() + "'", false),
                map.map(), new PolicyMapCheck.Origin("the map in use", false));
        ManualClock clock = new ManualClock(spec.now(), spec.zone());
        // Sightings fade in snapshots after the same age the guard trusts them for.
        WorldModel world = SqliteWorldModel.open(spec.dataDir(), map, clock,
                StoreOptions.defaults().withSightingMaxAge(spec.policy().sightingMaxAge()));
        try {
            world.history(1).stream().findFirst().map(e -> e.at().plusSeconds(1))
                    .filter(last -> last.isAfter(spec.now())).ifPresent(clock::set);
            var state = world.snapshot().robot();
            var pose = sim.start().orElse(state.pose());
            // The body's own watchdog: if the control loop stops sending commands (hangs, crashes),
            // the wheels stop by themselves after this long. The executor re-sends every tick.
            SimDriver body = new SimDriver(map.map(), sim.residents(), pose,
                    SimConfig.defaults().withCamera(CameraSettings.SIM_CAMERA).withCommandTimeout(BODY_WATCHDOG)
                            .withSeed(sim.seed())
                            .withInitialBattery(sim.battery()), clock);
            if (!sim.equals(SimSetup.alone())) {
                world.updateRobot(new dev.rosie.core.world.RobotState(pose, sim.battery(), body.docked()));
            }
            CommandIntake intake = new CommandIntake(new TextNormalizer(), new InputScreener(), clock, ids(clock));
            SafetyGuard guard = new SafetyGuard(spec.policy(), clock);
            Optional<Eyes> eyes = spec.vision().map(v -> Eyes.open(v,
                    new ObservationRecorder(world, map.map(), camera.repeatAfter()), body, camera,
                    e -> LOG.warn("the camera could not look: {}", e.getMessage())));
            return new Robot(new RobotParts(world, intake, spec.planner(), guard, body, clock, ExecutorConfig.defaults(),
                    spec.observer(), MAX_RUN, EstopRecord.load(spec.dataDir()), spec.plannerResources(), spec.maxReplans(), eyes,
                    spec.wheels()));
        } catch (RuntimeException e) {
            world.close();
            throw e;
        }
    }

    /** Command ids that sort by time and stay unique within a process: {@code c-<epoch ms>-<n>}. */
    static Supplier<CommandId> ids(java.time.Clock clock) {
        AtomicLong counter = new AtomicLong();
        return () -> new CommandId("c-" + clock.millis() + "-" + counter.incrementAndGet());
    }
}
