package dev.rosie.launch.cli;

import dev.rosie.launch.report.Narrator;
import dev.rosie.launch.wiring.RosLink;
import dev.rosie.launch.wiring.RobotService;
import dev.rosie.launch.wiring.ServeLoop;
import dev.rosie.launch.wiring.Turn;
import dev.rosie.remote.auth.KeyRing;
import dev.rosie.remote.link.Backoff;
import dev.rosie.remote.robot.RemoteCommand;
import dev.rosie.ros.bridge.CommandTrust;
import dev.rosie.ros.node.NodeConfig;
import dev.rosie.ros.node.RetryPolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rosie serve}: the long-running robot. The simulated robot keeps running (paced against
 * the wall clock, {@code --speed} times real time), takes signed commands and e-stops over MQTT,
 * and publishes status, telemetry, events and replies, until SIGTERM or Ctrl-C; then it stops the
 * robot, publishes its offline status, flushes the log and exits 0.
 */
@Command(name = "serve", description = "Runs the robot (embedded simulator) and serves it over MQTT (and ROS 1 with --ros) until stopped.")
public final class ServeCommand implements Callable<Integer> {
    static final String READY = "ready:";

    @Mixin
    CommonOptions common;

    @Mixin
    MqttOptions mqtt;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "10",
            description = "Simulated seconds per wall-clock second (1 = real time). Default: ${DEFAULT-VALUE}")
    double speed;

    @Option(names = "--telemetry-hz", paramLabel = "HZ", defaultValue = "4",
            description = "Telemetry messages per wall-clock second (at least 2). Default: ${DEFAULT-VALUE}")
    double telemetryHz;

    @Option(names = "--replay-window", paramLabel = "SECONDS", defaultValue = "60",
            description = "How far a signed request's timestamp may be from this clock. Default: ${DEFAULT-VALUE}")
    long replayWindow;

    @Option(names = "--ros", description = "Also join a ROS 1 graph: the simulator on /odom and /scan (/cmd_vel is not"
            + " obeyed: only approved plans move the robot), Rosie's status and plans on /rosie/status and /rosie/plan,"
            + " text on /rosie/command (untrusted unless --ros-trust-caller).")
    boolean ros;

    @Option(names = "--ros-master", paramLabel = "URI",
            description = "ROS master URI (with --ros). Default: $ROS_MASTER_URI, else http://127.0.0.1:11311/")
    String rosMaster;

    @Option(names = "--ros-retries", paramLabel = "N", defaultValue = "10",
            description = "Attempts to reach the ROS master before serving without ROS. Default: ${DEFAULT-VALUE}")
    int rosRetries;

    @Option(names = "--ros-trust-caller", paramLabel = "NODE=TRUST",
            description = "Run text on /rosie/command from this ROS node at this trust level (owner|operator|guest)."
                    + " Repeatable. ROS 1 authenticates nobody: any process on the ROS network can claim a node name.")
    Map<String, String> rosTrustCallers = new HashMap<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (!(telemetryHz >= 2) || telemetryHz > 100) {
            throw new dev.rosie.core.InvalidInputException("--telemetry-hz must be between 2 and 100, not " + telemetryHz);
        }
        if (replayWindow < 5 || replayWindow > 3600) {
            throw new dev.rosie.core.InvalidInputException("--replay-window must be 5-3600 seconds, not " + replayWindow);
        }
        if (!ros && (rosMaster != null || !rosTrustCallers.isEmpty())) {
            throw new dev.rosie.core.InvalidInputException("--ros-master and --ros-trust-caller need --ros");
        }
        if (rosRetries < 1) {
            throw new dev.rosie.core.InvalidInputException("--ros-retries must be at least 1, not " + rosRetries);
        }
        Optional<RosLink.Options> rosOptions = ros ? Optional.of(rosOptions()) : Optional.empty();
        rosOptions.ifPresent(r -> out.println("Joining ROS master " + r.node().masterUri() + " as " + r.node().name()
                + " (host " + r.node().host() + ")..."));
        out.flush();
        ZoneId zone = ZoneId.systemDefault();
        Path data = common.dataDir();
        RobotService.Options options = new RobotService.Options(mqtt.external(System.getenv()),
                mqtt.url == null ? mqtt.checkedPort() : 0, mqtt.robot, speed,
                Duration.ofNanos((long) (1e9 / telemetryHz)), Duration.ofSeconds(replayWindow), Backoff.DEFAULT);
        Narrator narrator = new Narrator(out, zone);
        ServeLoop.Listener console = new ServeLoop.Listener() {
            @Override
            public void started(RemoteCommand c) {
                narrator.begin("[mqtt " + c.ref().substring(0, Math.min(8, c.ref().length())) + "] " + c.source().principal()
                        + " (" + c.source().trust().wireName() + ", key " + c.keyId() + "): \"" + c.text() + "\"");
            }

            @Override
            public void finished(RemoteCommand c, Turn turn) {
                narrator.end(turn);
            }
        };
        RobotService service = RobotService.start(common.settings(data), options, rosOptions, console, narrator, zone);
        try (Signals signals = Signals.onTerminate(service::stop)) {
            int keys = service.keys().keys().size();
            out.printf(Locale.ROOT, "Rosie serving robot '%s' over MQTT at %s (%s), simulation at %sx real time,"
                    + " telemetry %s Hz.%n", mqtt.robot, service.brokerUri(), service.embeddedBroker() ? "embedded broker"
                    : "external broker", trim(speed), trim(telemetryHz));
            if (ros) {
                out.println(service.rosProblem().map(p -> "ROS: not joined (" + p + "); serving over MQTT only")
                        .orElseGet(() -> "ROS: joined as node " + service.ros().orElseThrow().node().name()
                                + " at " + service.ros().orElseThrow().bridge().orElseThrow().node().uri()
                                + "; /odom /scan out, /cmd_vel in (while idle), /rosie/status /rosie/plan out,"
                                + " /rosie/command in (untrusted"
                                + (rosTrustCallers.isEmpty() ? ")" : " except " + rosTrustCallers.keySet() + ")")));
            }
            out.println("Data directory: " + data);
            out.println("Keys: " + keys + " registered in " + KeyRing.registry(data)
                    + (keys == 0 ? " (none yet: rosie remote keygen --principal NAME --trust owner --data " + data + ")" : ""));
            if (service.awaitConnected(Duration.ofSeconds(10))) {
                out.println(READY + " listening on rosie/" + mqtt.robot + "/cmd and rosie/" + mqtt.robot
                        + "/estop; stop with Ctrl-C or SIGTERM");
            } else {
                out.println("waiting for the broker at " + service.brokerUri() + " ("
                        + service.endpoint().controlLink().lastProblem() + "); retrying in the background");
            }
            out.flush();
            service.run();
            out.println();
            out.println("stopping: interrupting the robot, publishing offline status...");
            out.flush();
            service.close();
            out.println("stopped.");
            out.flush();
            System.err.flush();
        } catch (RuntimeException | InterruptedException e) {
            service.close();
            throw e;
        }
        return ExitCodes.DONE;
    }

    private RosLink.Options rosOptions() {
        NodeConfig node = NodeConfig.fromEnvironment("/rosie", rosMaster, System.getenv())
                .withRetry(RetryPolicy.DEFAULT.withAttempts(rosRetries));
        return new RosLink.Options(node, CommandTrust.parseCallers(rosTrustCallers));
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
