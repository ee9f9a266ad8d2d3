package dev.rosie.launch.cli;

import dev.rosie.launch.mission.MissionRunner;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Mission progress on stderr: on a terminal, one line redrawn in place ({@code [#####.....] 2/5
 * steps, 0:03:20 simulated}); otherwise, a plain line each time a timeline step is taken, so logs
 * stay readable. Progress never goes to stdout, which carries the summary.
 */
final class ProgressBar implements MissionRunner.Progress {
    private static final int WIDTH = 24;
    private final PrintWriter err;
    private final boolean terminal;
    private final String name;
    private int lastSteps = -1;

    ProgressBar(PrintWriter err, boolean terminal, String name) {
        this.err = err;
        this.terminal = terminal;
        this.name = name;
    }

    /**
     * Whether stderr is a terminal worth redrawing. From JDK 22 {@code System.console()} is non-null
     * even when redirected, and {@code Console.isTerminal()} (JDK 22+) tells; this code targets 21.
     */
    static boolean terminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void update(Duration simulated, int stepsDone, int steps, String label) {
        String time = String.format(Locale.ROOT, "%d:%02d:%02d", simulated.toHours(), simulated.toMinutesPart(),
                simulated.toSecondsPart());
        if (terminal) {
            int filled = steps == 0 ? WIDTH : WIDTH * stepsDone / steps;
            err.print("\r" + name + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + stepsDone + "/" + steps
                    + " steps, " + time + " simulated, " + label + "    ");
            if (label.equals("done")) {
                err.println();
            }
            err.flush();
        } else if (stepsDone != lastSteps || label.equals("done")) {
            err.println(name + ": " + stepsDone + "/" + steps + " steps at " + time + " simulated (" + label + ")");
            err.flush();
        }
        lastSteps = stepsDone;
    }
}
