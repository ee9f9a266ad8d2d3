package dev.rosie.launch.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.HistoryEvent;
import dev.rosie.remote.link.Backoff;
import dev.rosie.remote.robot.RemoteCommand;
import dev.rosie.ros.msg.Odometry;
import dev.rosie.ros.msg.Point3;
import dev.rosie.ros.node.Node;
import dev.rosie.ros.node.NodeConfig;
import dev.rosie.ros.node.RetryPolicy;
import dev.rosie.ros.testing.RosCore;
import dev.rosie.ros.testing.RosProcesses;
import dev.rosie.ros.testing.RosTool;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rosie serve --ros} against a real roscore: the serving robot joins the graph, its simulator
 * is on {@code /odom}, text from an untrusted ROS caller on {@code /rosie/command} is journaled as
 * data and moves nothing, and a caller the configuration trusts is served like any other principal
 * of its trust level: through the planner and the guard.
 */
class ServeRosIT {
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    void should_join_the_graph_and_journal_untrusted_ros_text_without_moving() throws Exception {
        assertThat(RosProcesses.installed()).as("Debian's ROS 1 tools (installed by .ci/run)").isTrue();
        List<Turn> finished = new CopyOnWriteArrayList<>();
        try (RosCore core = RosCore.start()) {
            NodeConfig node = NodeConfig.fromEnvironment("/rosie", core.uri().toString(), Map.of());
            RobotService service = serve(data, node, Map.of(), finished::add);
            Thread loop = new Thread(service::run, "serve-loop");
            loop.start();
            try (Node watcher = Node.start(new NodeConfig("/watcher", core.uri(), "127.0.0.1", RetryPolicy.DEFAULT,
                    Duration.ofSeconds(5)))) {
                assertThat(service.rosProblem()).isEmpty();
                String info = RosTool.run(core, WAIT, "rostopic", "info", "/odom");
                assertThat(info).contains("Type: nav_msgs/Odometry").contains("/rosie");
                String status = RosTool.run(core, WAIT, "rostopic", "echo", "-n", "1", "/rosie/status");
                assertThat(status).contains("\\\"mode\\\":\\\"idle\\\"");

                BlockingQueue<Odometry> odom = new LinkedBlockingQueue<>();
                watcher.newSubscriber("/odom", Odometry.TYPE).addMessageListener(odom::offer);
                Odometry before = odom.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
                assertThat(before).as("odometry from the serving robot's simulator").isNotNull();

                CountDownLatch heard = new CountDownLatch(1);
                service.ros().orElseThrow().bridge().orElseThrow().channel().commands()
                        .addMessageListener(m -> heard.countDown());
                // Meanwhile a node on the graph pushes velocity commands: a served robot must not obey
                // them (ROS 1 cannot say who sent them; they would bypass the guard and the monitor).
                try (RosTool pub = RosTool.start(core, "rostopic", "pub", "-r", "5", "__name:=stranger", "/rosie/command",
                        "std_msgs/String", "data: 'drive to the kitchen'");
                        RosTool drive = RosTool.start(core, "rostopic", "pub", "-r", "20", "__name:=joystick", "/cmd_vel",
                                "geometry_msgs/Twist", "{linear: {x: 0.3}, angular: {z: 0.5}}")) {
                    assertThat(heard.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("rostopic pub said: %s", pub.output())
                            .isTrue();
                    odom.clear();
                    for (int i = 0; i < 10; i++) {
                        assertThat(odom.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).as("odometry while /cmd_vel is pushed")
                                .isNotNull();
                    }
                }
                // The control thread drains the text right after a step publishes odometry: two more
                // odometry messages mean it has been handled.
                odom.clear();
                Odometry after = null;
                for (int i = 0; i < 3; i++) {
                    after = odom.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
                    assertThat(after).as("odometry keeps coming").isNotNull();
                }
                Point3 p0 = before.pose().pose().position();
                Point3 p1 = after.pose().pose().position();
                assertThat(p1.x()).isEqualTo(p0.x());
                assertThat(p1.y()).isEqualTo(p0.y());
                assertThat(finished).isEmpty();
                assertThat(service.inbox().pending()).isZero();
            } finally {
                service.stop();
                loop.join(WAIT.toMillis());
                service.close();
            }
        }
        try (Robot reopened = new RobotFactory(new Settings(data, Optional.empty(), Optional.empty()), ZoneOffset.UTC)
                .open(Instant.now(), TurnListener.silent())) {
            List<HistoryEvent> history = reopened.world().history(50);
            assertThat(history).anySatisfy(h -> {
                assertThat(h.kind()).isEqualTo("rejected");
                assertThat(h.detail()).contains("drive to the kitchen").contains("untrusted").contains("/stranger")
                        .contains("/rosie/command");
            });
            assertThat(history).noneMatch(h -> h.kind().equals("command"));
        }
    }

    @Test
    void should_run_a_trusted_ros_callers_command_through_the_guard() throws Exception {
        assertThat(RosProcesses.installed()).as("Debian's ROS 1 tools (installed by .ci/run)").isTrue();
        BlockingQueue<Turn> finished = new LinkedBlockingQueue<>();
        try (RosCore core = RosCore.start()) {
            NodeConfig node = NodeConfig.fromEnvironment("/rosie", core.uri().toString(), Map.of());
            RobotService service = serve(data, node, Map.of("/ops", Trust.OPERATOR), finished::add);
            Thread loop = new Thread(service::run, "serve-loop");
            loop.start();
            try {
                assertThat(service.rosProblem()).isEmpty();
                // -1: publish once, latched, so the robot's subscriber gets it however late it connects.
                try (RosTool pub = RosTool.start(core, "rostopic", "pub", "-1", "__name:=ops", "/rosie/command",
                        "std_msgs/String", "data: 'go to the kitchen'")) {
                    Turn turn = finished.poll(2 * WAIT.toSeconds(), TimeUnit.SECONDS);
                    assertThat(turn).as("rostopic pub said: %s", pub.output()).isInstanceOfSatisfying(Turn.Executed.class, t -> {
                        assertThat(t.succeeded()).isTrue();
                        assertThat(t.plan().steps()).extracting(dev.rosie.core.action.Action::label)
                                .containsExactly("navigate_to:kitchen");
                        assertThat(t.command().source()).isEqualTo(new Source(Channel.ROS, "/ops", Trust.OPERATOR));
                    });
                }
                // Trusted is not all-powerful: in the reference policy an operator may not open doors at all.
                try (RosTool pub = RosTool.start(core, "rostopic", "pub", "-1", "__name:=ops", "/rosie/command",
                        "std_msgs/String", "data: 'open the front door'")) {
                    Turn turn = finished.poll(2 * WAIT.toSeconds(), TimeUnit.SECONDS);
                    assertThat(turn).as("rostopic pub said: %s", pub.output()).isInstanceOfSatisfying(Turn.Refused.class,
                            t -> assertThat(t.refusal().rule()).isEqualTo("action-not-allowed"));
                }
            } finally {
                service.stop();
                loop.join(WAIT.toMillis());
                service.close();
            }
        }
    }

    @Test
    void should_keep_serving_mqtt_when_no_ros_master_answers() throws Exception {
        int port = RosProcesses.freePort();
        NodeConfig node = NodeConfig.fromEnvironment("/rosie", "http://127.0.0.1:" + port + "/", Map.of())
                .withRetry(new RetryPolicy(2, Duration.ofMillis(50), Duration.ofMillis(100)));
        try (RobotService service = serve(data, node, Map.of(), turn -> { })) {
            assertThat(service.rosProblem()).hasValueSatisfying(p -> assertThat(p)
                    .contains("http://127.0.0.1:" + port + "/").contains("unreachable"));
            assertThat(service.ros().orElseThrow().bridge()).isEmpty();
            assertThat(service.awaitConnected(WAIT)).as("MQTT still served").isTrue();
        }
    }

    /** {@code rosie serve --ros} in this JVM: the robot service with a ROS link, trusting {@code trusted}. */
    private static RobotService serve(Path data, NodeConfig node, Map<String, Trust> trusted,
            java.util.function.Consumer<Turn> finished) {
        RobotService.Options options = new RobotService.Options(Optional.empty(), 0, "rosie", 5, Duration.ofMillis(100),
                Duration.ofSeconds(60), new Backoff(Duration.ofMillis(50), Duration.ofMillis(500)));
        return RobotService.start(new Settings(data, Optional.empty(), Optional.empty()), options,
                Optional.of(new RosLink.Options(node, trusted)), new ServeLoop.Listener() {
                    @Override
                    public void started(RemoteCommand command) {
                    }

                    @Override
                    public void finished(RemoteCommand command, Turn turn) {
                        finished.accept(turn);
                    }
                }, TurnListener.silent(), ZoneOffset.UTC);
    }
}
