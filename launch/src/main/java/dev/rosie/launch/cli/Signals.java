package dev.rosie.launch.cli;

import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT into an orderly stop. A JVM that dies of SIGTERM runs its shutdown hooks
 * and exits with 143; {@code rosie serve} instead lets its main thread stop the robot, publish its
 * offline status, flush the log and exit with 0, which is what service managers expect.
 */
final class Signals {
    private Signals() {
    }

    /** Calls {@code stop} (on a signal thread) when the process is asked to terminate or interrupted. */
    static void onTerminate(Runnable stop) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> stop.run());
            } catch (IllegalArgumentException e) {
                // The signal is not available here (or reserved by the JVM): the default handling stays.
            }
        }
    }
}
