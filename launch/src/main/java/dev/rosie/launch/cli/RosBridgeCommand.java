package dev.rosie.launch.cli;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.WorldModel;
import dev.rosie.launch.wiring.MapChoice;
import dev.rosie.launch.wiring.RosBridgeLoop;
import dev.rosie.launch.wiring.Settings;
import dev.rosie.ros.bridge.CommandTrust;
import dev.rosie.ros.bridge.RosBridge;
import dev.rosie.ros.bridge.RosInbound;
import dev.rosie.ros.node.NodeConfig;
import dev.rosie.ros.node.RetryPolicy;
import dev.rosie.sim.SimDriver;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.store.SqliteWorldModel;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rosie ros-bridge}: joins a ROS 1 graph and serves the embedded simulator there as a ROS
 * robot ({@code /odom}, {@code /scan}, {@code /bumper}, {@code /battery}, {@code /docked} out;
 * {@code /cmd_vel}, {@code /suction} in), with Rosie's status on {@code /rosie/status}. Text on
 * {@code /rosie/command} is printed with its provenance; it is untrusted unless
 * {@code --trust-caller} says otherwise, and this command never executes it (that is
 * {@code serve}'s job).
 */
@Command(name = "ros-bridge", description = "Serves the embedded simulator on a ROS 1 graph (odom, scan, cmd_vel) for ROS tools.")
public final class RosBridgeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--ros-master", paramLabel = "URI",
            description = "ROS master URI. Default: $ROS_MASTER_URI, else http://localhost:11311/")
    String master;

    @Option(names = "--ros-node", paramLabel = "NAME", defaultValue = "/rosie", description = "ROS node name. Default: /rosie")
    String nodeName;

    @Option(names = "--ros-retries", paramLabel = "N", defaultValue = "10",
            description = "Attempts to reach the master before giving up. Default: 10")
    int retries;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "0",
            description = "Stop after this many seconds of wall time; 0 runs until interrupted or shut down by the master")
    long seconds;

    @Option(names = "--trust-caller", paramLabel = "NODE=TRUST",
            description = "Trust text on /rosie/command from this ROS node at this level (owner|operator|guest). Repeatable."
                    + " ROS 1 authenticates nobody: any process on the ROS network can claim a node name.")
    Map<String, String> trustCallers = new HashMap<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (seconds < 0 || retries < 1) {
            throw new InvalidInputException("--duration must be >= 0 and --ros-retries >= 1");
        }
        Map<String, Trust> trusted = CommandTrust.parseCallers(trustCallers);
        NodeConfig node = NodeConfig.fromEnvironment(nodeName, master, System.getenv())
                .withRetry(RetryPolicy.DEFAULT.withAttempts(retries));
        RosBridge.Config defaults = RosBridge.Config.defaults(node);
        RosBridge.Config config = new RosBridge.Config(node, defaults.topics(), new CommandTrust(Trust.UNTRUSTED, trusted),
                defaults.bodyTopics(), defaults.frames());

        SimDriver sim = simulator();
        out.println("Joining ROS master " + node.masterUri() + " as " + node.name() + " (host " + node.host() + ")...");
        try (RosBridge bridge = RosBridge.start(config, Optional.of(sim), Clock.systemUTC(), inbound -> print(out, inbound))) {
            out.println("ROS bridge up: node " + node.name() + " at " + bridge.node().uri());
            out.println("  simulator out: /odom /scan /bumper /battery /docked; in: /cmd_vel /suction");
            out.println("  Rosie: /rosie/status (latched), /rosie/plan (latched), /rosie/command (untrusted"
                    + (trusted.isEmpty() ? "" : " except " + trusted) + ")");
            // Ctrl-C: leave the graph cleanly (unregister, close connections) so ROS tools do not wait on a ghost.
            Thread onInterrupt = new Thread(bridge::close, "ros-bridge-shutdown");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            long steps = new RosBridgeLoop(sim, bridge).run(Duration.ofSeconds(seconds));
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
            out.println("ROS bridge stopped after " + steps + " simulation steps"
                    + (bridge.node().isShutdown() ? " (the node was shut down)" : "") + "; robot at " + sim.truePose());
        }
        return ExitCodes.DONE;
    }

    private SimDriver simulator() {
        Settings settings = common.settings(common.dataDir());
        Settings.prepare(settings.dataDir());
        Instant now = Instant.now();
        // The same map every other command uses: --map, else the imported one, else the reference apartment.
        LoadedMap map = MapChoice.load(settings, Clock.systemUTC()).map();
        dev.rosie.core.ManualClock clock = new dev.rosie.core.ManualClock(now);
        try (WorldModel world = SqliteWorldModel.open(settings.dataDir(), map, clock)) {
            return new SimDriver(map.map(), world.snapshot().robot().pose(), clock);
        }
    }

    private static void print(PrintWriter out, RosInbound inbound) {
        switch (inbound) {
            case RosInbound.Untrusted u -> out.println("untrusted text from " + u.text().source().principal() + " on "
                    + u.text().origin() + " (data, never a command): \"" + u.text().text() + "\"");
            case RosInbound.Request r -> out.println("request from " + r.source() + ": \"" + r.text()
                    + "\" (ros-bridge does not execute requests; serve --ros does)");
        }
    }
}
