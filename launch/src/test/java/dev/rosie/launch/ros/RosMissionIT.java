package dev.rosie.launch.ros;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.actuation.Executor;
import dev.rosie.actuation.ExecutorConfig;
import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.perception.intake.CommandIntake;
import dev.rosie.perception.intake.IntakeResult;
import dev.rosie.perception.intake.TextNormalizer;
import dev.rosie.planner.rules.RuleBasedPlanner;
import dev.rosie.ros.bridge.BodyBridge;
import dev.rosie.ros.driver.RosDriver;
import dev.rosie.ros.driver.RosTopics;
import dev.rosie.ros.node.Node;
import dev.rosie.ros.node.NodeConfig;
import dev.rosie.ros.node.RetryPolicy;
import dev.rosie.ros.testing.RosCore;
import dev.rosie.ros.testing.RosProcesses;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.InputScreener;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.safety.Verdict;
import dev.rosie.sim.SimDriver;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import dev.rosie.worldmodel.store.SqliteWorldModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mission in which Rosie drives the simulator through ROS topics on a real roscore. The
 * simulator is served as a ROS robot by a {@link BodyBridge} on its own node; Rosie's executor
 * talks to a {@link RosDriver} on another, exactly as it would to a real ROS robot. The loop runs
 * in lock step, waiting (bounded) for each message rather than for time: the executor ticks, the
 * body applies what arrived on cmd_vel, steps, and publishes odometry, which Rosie waits for.
 */
class RosMissionIT {
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path data;

    /** What a mission through ROS left behind. */
    record Outcome(List<ExecutionEvent> events, SimDriver sim, int steps, long commands, boolean suctionSeen) {
        boolean succeeded() {
            return events.getLast() instanceof ExecutionEvent.PlanFinished f && f.succeeded();
        }
    }

    private Outcome mission(String text, Duration maxSimTime) throws Exception {
        assertThat(RosProcesses.installed()).as("Debian's ROS 1 tools (installed by .ci/run)").isTrue();
        Instant start = Instant.parse("2026-03-01T09:00:00Z");
        ManualClock clock = new ManualClock(start);
        LoadedMap loaded = new RosieMapLoader(java.time.Clock.fixed(start, java.time.ZoneOffset.UTC)).referenceApartment();
        HomeMap map = loaded.map();
        try (RosCore core = RosCore.start();
                SqliteWorldModel world = SqliteWorldModel.open(data, loaded, clock);
                Node robotNode = Node.start(config(core, "/sim_robot"));
                Node rosieNode = Node.start(config(core, "/rosie"))) {
            WorldSnapshot snapshot = world.snapshot();
            SimDriver sim = new SimDriver(map, snapshot.robot().pose(), clock);
            ApprovedPlan approved = approve(text, snapshot, clock);

            BodyBridge bridge = new BodyBridge(robotNode, sim, RosTopics.defaults(), BodyBridge.Frames.DEFAULT);
            RosDriver body = new RosDriver(rosieNode, RosTopics.defaults(), clock);
            assertThat(bridge.cmdVel().awaitPublishers(1, WAIT)).isTrue();
            assertThat(body.awaitOdometrySeq(bridge.publishState(), WAIT)).isTrue();

            List<ExecutionEvent> events = new ArrayList<>();
            Executor executor = new Executor(body, events::add, ExecutorConfig.defaults());
            executor.submit(approved, map, clock.instant());
            Instant deadline = clock.instant().plus(maxSimTime);
            int steps = 0;
            boolean suctionSeen = false;
            while (executor.busy() && clock.instant().isBefore(deadline)) {
                executor.tick(clock.instant());
                assertThat(bridge.awaitCommands(body.commandsSent(), WAIT)).as("cmd_vel arrives").isTrue();
                bridge.applyCommands();
                suctionSeen |= sim.suctionOn();
                sim.step();
                steps++;
                assertThat(body.awaitOdometrySeq(bridge.publishState(), WAIT)).as("odom arrives").isTrue();
            }
            long commands = body.commandsSent();
            body.close();
            bridge.close();
            assertThat(executor.busy()).as("the mission finished within %s of simulated time", maxSimTime).isFalse();
            return new Outcome(events, sim, steps, commands, suctionSeen);
        }
    }

    @Test
    void should_drive_the_simulator_to_the_kitchen_through_ros_topics() throws Exception {
        Outcome o = mission("Rosie, go to the kitchen", Duration.ofMinutes(5));
        assertThat(o.succeeded()).as("events %s", o.events()).isTrue();
        assertThat(o.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ExecutionEvent.StepStarted.class,
                s -> assertThat(s.action()).isEqualTo(Action.NavigateTo.named("kitchen"))));
        Room kitchen = o.sim().map().room("kitchen").orElseThrow();
        assertThat(kitchen.area().contains(o.sim().truePose().position()))
                .as("the simulated robot ended at %s, in the kitchen", o.sim().truePose()).isTrue();
        assertThat(o.sim().collisions()).isZero();
        assertThat(o.steps()).as("simulation steps, each a cmd_vel/odom round trip over TCPROS").isGreaterThan(50);
        assertThat(o.commands()).isGreaterThan(50);
    }

    @Test
    void should_clean_the_kitchen_with_suction_switched_over_ros() throws Exception {
        Outcome o = mission("Rosie, clean the kitchen", Duration.ofMinutes(30));
        assertThat(o.succeeded()).as("events %s", o.events()).isTrue();
        assertThat(o.suctionSeen()).as("suction switched on through /suction").isTrue();
        assertThat(o.sim().suctionOn()).as("and off again at the end").isFalse();
        assertThat(o.sim().distanceTravelled()).isGreaterThan(5);
    }

    private static ApprovedPlan approve(String text, WorldSnapshot snapshot, ManualClock clock) {
        AtomicLong n = new AtomicLong();
        CommandIntake intake = new CommandIntake(new TextNormalizer(), new InputScreener(), clock,
                () -> new CommandId("c-ros-" + n.incrementAndGet()));
        var command = ((IntakeResult.Accepted) intake.submit(text, Source.cli("alex", Trust.OWNER))).command();
        PlannerResult proposal = new RuleBasedPlanner().plan(command, snapshot);
        assertThat(proposal).isInstanceOf(Plan.class);
        Verdict verdict = new SafetyGuard(new PolicyLoader().loadReference(), clock).review(command, (Plan) proposal, snapshot);
        assertThat(verdict).isInstanceOf(ApprovedPlan.class);
        return (ApprovedPlan) verdict;
    }

    static NodeConfig config(RosCore core, String name) {
        return new NodeConfig(name, core.uri(), "127.0.0.1", RetryPolicy.DEFAULT, Duration.ofSeconds(5));
    }
}
