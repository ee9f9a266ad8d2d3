package dev.rosie.launch.cli;

/** The process exit codes every subcommand uses. */
public final class ExitCodes {
    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int REFUSED = 3;

    private ExitCodes() {
    }
}
