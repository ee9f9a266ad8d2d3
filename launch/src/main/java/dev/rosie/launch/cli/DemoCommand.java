package dev.rosie.launch.cli;

import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.launch.report.Narrator;
import dev.rosie.launch.report.TurnReport;
import dev.rosie.launch.wiring.Robot;
import dev.rosie.launch.wiring.RobotFactory;
import dev.rosie.launch.wiring.Settings;
import dev.rosie.launch.wiring.Turn;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rosie demo}: the reference scenario in the embedded simulator. Alex asks Rosie to clean the
 * living room; a minute later asks again, and Rosie politely declines because it just did. The demo
 * keeps its own world under {@code DATA/demo}, started afresh each time, so it always tells the same
 * story and never touches the robot's real memory.
 */
@Command(name = "demo", description = "Runs the reference scenario end to end in the embedded simulator.")
public final class DemoCommand implements Callable<Integer> {
    static final String COMMAND = "Rosie, clean the living room";
    static final Duration PAUSE = Duration.ofMinutes(1);

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ZoneId zone = ZoneId.systemDefault();
        Path data = common.dataDir().resolve("demo");
        reset(data);
        Narrator narrator = new Narrator(out, zone);
        Source alex = Source.cli("alex", Trust.OWNER);
        out.println("Rosie demo: the reference apartment in the embedded simulator, " + common.planner.description()
                + ", reference policy.");
        out.println("Data directory: " + data);
        Turn first;
        Turn second;
        TurnReport report;
        try (Robot robot = new RobotFactory(common.settings(data), zone).open(Instant.now(), narrator)) {
            narrator.begin("[1] alex (owner) types: \"" + COMMAND + "\"");
            first = robot.handle(COMMAND, alex);
            narrator.end(first);

            robot.clock().advance(PAUSE);
            narrator.begin("[2] a minute later, alex asks again: \"" + COMMAND + "\"");
            second = robot.handle(COMMAND, alex);
            narrator.end(second);

            report = new TurnReport("demo", "data_dir", data.toString(), "planner", robot.plannerName(),
                    "body", "sim", "map", "reference apartment");
            report.add("first request", first);
            report.add("repeat a minute later", second);
        }
        Path reportFile = data.resolve("report.json");
        report.write(reportFile);
        out.println();
        out.println("Report:      " + reportFile);
        out.println("Cleaning log and history: " + data.resolve("world.db") + " (SQLite)");
        return verdict(first, second, out);
    }

    /** The demo fails loudly if the story did not happen as told. */
    private static int verdict(Turn first, Turn second, PrintWriter out) {
        boolean cleaned = first instanceof Turn.Executed e && e.succeeded();
        boolean declined = second instanceof Turn.Refused r && r.refusal().rule().equals("cleaning-cooldown");
        if (cleaned && declined) {
            out.println("Demo complete: cleaned once, politely declined the repeat.");
            return ExitCodes.DONE;
        }
        out.println("Demo did NOT go as expected: first request " + (cleaned ? "cleaned" : "did not clean")
                + ", repeat " + (declined ? "declined" : "was not declined for the cooldown") + ".");
        return ExitCodes.FAILED;
    }

    private static void reset(Path data) throws IOException {
        Settings.prepare(data);
        for (String name : List.of("world.db", "world.db-wal", "world.db-shm", "report.json")) {
            Files.deleteIfExists(data.resolve(name));
        }
    }
}
