package dev.rosie.launch.cli;

import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns SIGTERM and SIGINT into an orderly stop. A JVM that dies of SIGTERM runs its shutdown hooks
 * and exits with 143; {@code rosie serve} instead lets its main thread stop the robot, publish its
 * offline status, flush the log and exit with 0, which is what service managers expect.
 */
final class Signals implements AutoCloseable {
    private record Previous(Signal signal, SignalHandler handler) {
    }

    private final List<Previous> previous = new ArrayList<>();

    private Signals() {
    }

    /**
     * Calls {@code stop} (on a signal thread) when the process is asked to terminate or interrupted,
     * until the returned handle is closed, which puts the previous handlers back.
     */
    static Signals onTerminate(Runnable stop) {
        Signals installed = new Signals();
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal signal = new Signal(name);
                installed.previous.add(new Previous(signal, Signal.handle(signal, s -> stop.run())));
            } catch (IllegalArgumentException e) {
                // The signal is not available here (or reserved by the JVM): the default handling stays.
            }
        }
        return installed;
    }

    @Override
    public void close() {
        for (Previous p : previous) {
            Signal.handle(p.signal(), p.handler());
        }
    }
}
