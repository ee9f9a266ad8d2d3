package dev.rosie.launch.cli;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.RosieException;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The {@code rosie} command: subcommands for running, asking and inspecting the robot. */
@Command(name = "rosie", mixinStandardHelpOptions = true, version = "rosie 0.1.0",
        description = "A control stack for a household robot that you talk to.",
        subcommands = {DemoCommand.class, SayCommand.class, ListenCommand.class, AskCommand.class, MapCommand.class,
                SafetySuiteCommand.class, RosBridgeCommand.class, ServeCommand.class, RemoteCommand.class,
                EvalPlannerCommand.class, RunCommand.class, BenchCommand.class, TinyModelCommand.class,
                CommandLine.HelpCommand.class})
public final class RosieCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    public static void main(String[] args) {
        // map show --png draws with AWT; there is no display, and none is needed.
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code; the streams are parameters so tests can read them. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cli = new CommandLine(new RosieCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(RosieCli::usageError);
        cli.setExecutionExceptionHandler((Exception e, CommandLine cmd, ParseResult parsed) -> failure(e, cmd, debug));
        return cli.execute(args);
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("rosie: " + e.getMessage());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the accepted commands and options.");
        return ExitCodes.USAGE;
    }

    private static int failure(Exception e, CommandLine cmd, boolean debug) {
        PrintWriter err = cmd.getErr();
        if (debug) {
            e.printStackTrace(err);
        }
        return switch (e) {
            case InvalidInputException bad -> {
                err.println("rosie: " + bad.getMessage());
                yield ExitCodes.USAGE;
            }
            case RosieException known -> {
                err.println("rosie: " + known.getMessage() + (known.retriable() ? " (try again)" : ""));
                yield ExitCodes.FAILED;
            }
            default -> {
                err.println("rosie: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
                yield ExitCodes.FAILED;
            }
        };
    }
}
