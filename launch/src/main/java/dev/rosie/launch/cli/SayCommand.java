package dev.rosie.launch.cli;

import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.launch.report.Narrator;
import dev.rosie.launch.report.TurnReport;
import dev.rosie.launch.wiring.Robot;
import dev.rosie.launch.wiring.RobotFactory;
import dev.rosie.launch.wiring.Turn;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rosie say "TEXT"}: one typed command through the whole loop, on the persistent world. */
@Command(name = "say", description = "Runs one typed command through the robot (embedded simulator).")
public final class SayCommand implements Callable<Integer> {

    /** Who is speaking: the reference home's owner is alex; a guest is an unnamed visitor. */
    enum Speaker {
        owner("alex", Trust.OWNER),
        guest("guest", Trust.GUEST);

        final String principal;
        final Trust trust;

        Speaker(String principal, Trust trust) {
            this.principal = principal;
            this.trust = trust;
        }

        /**
         * The source of speech from this speaker. Rosie cannot tell voices apart (no speaker
         * identification), so who is speaking is what the user says it is.
         */
        Source voice() {
            return new Source(dev.rosie.core.command.Channel.VOICE, principal, trust);
        }

        String label() {
            return principal + " (" + trust.wireName() + ")";
        }
    }

    @Parameters(index = "0", paramLabel = "TEXT", description = "What to ask, e.g. \"clean the kitchen\"")
    String text;

    @Option(names = "--as", paramLabel = "WHO", defaultValue = "owner",
            description = "Who is asking: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Speaker speaker;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        ZoneId zone = ZoneId.systemDefault();
        Path data = common.dataDir();
        Narrator narrator = new Narrator(out, zone);
        try (Robot robot = new RobotFactory(common.settings(data), zone).open(Instant.now(), narrator)) {
            narrator.begin(speaker.principal + " (" + speaker.trust.wireName() + ") types: \"" + text + "\"");
            Turn turn = robot.handle(text, Source.cli(speaker.principal, speaker.trust));
            narrator.end(turn);
            TurnReport report = new TurnReport("say", "data_dir", data.toString(), "planner", robot.plannerName());
            report.add("say", turn);
            Path file = data.resolve("reports").resolve("last-say.json");
            report.write(file);
            out.println("  report: " + file);
            return switch (turn) {
                case Turn.Executed e -> e.succeeded() ? ExitCodes.DONE : ExitCodes.FAILED;
                case Turn.Refused r -> ExitCodes.REFUSED;
                case Turn.Clarified c -> {
                    spec.commandLine().getErr().println("rosie: " + c.question().question());
                    yield ExitCodes.USAGE;
                }
                case Turn.NotACommand n -> {
                    spec.commandLine().getErr().println("rosie: " + n.reason());
                    yield ExitCodes.USAGE;
                }
            };
        }
    }
}
