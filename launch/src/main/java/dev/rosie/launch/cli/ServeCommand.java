package dev.rosie.launch.cli;

import dev.rosie.launch.report.Narrator;
import dev.rosie.launch.wiring.RobotService;
import dev.rosie.launch.wiring.ServeLoop;
import dev.rosie.launch.wiring.Turn;
import dev.rosie.remote.auth.KeyRing;
import dev.rosie.remote.link.Backoff;
import dev.rosie.remote.robot.RemoteCommand;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
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
@Command(name = "serve", description = "Runs the robot (embedded simulator) and serves it over MQTT until stopped.")
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
        RobotService service = RobotService.start(common.settings(data), options, console, narrator, zone);
        try (Signals signals = Signals.onTerminate(service::stop)) {
            int keys = service.keys().keys().size();
            out.printf(Locale.ROOT, "Rosie serving robot '%s' over MQTT at %s (%s), simulation at %sx real time,"
                    + " telemetry %s Hz.%n", mqtt.robot, service.brokerUri(), service.embeddedBroker() ? "embedded broker"
                    : "external broker", trim(speed), trim(telemetryHz));
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

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
