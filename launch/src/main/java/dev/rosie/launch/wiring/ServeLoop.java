package dev.rosie.launch.wiring;

import dev.rosie.actuation.monitor.EmergencyStop;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.remote.robot.Inbox;
import dev.rosie.remote.robot.RemoteCommand;
import dev.rosie.remote.robot.RobotPublisher;
import dev.rosie.remote.robot.RobotStatus;
import dev.rosie.remote.robot.TelemetrySample;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-running control loop of {@code rosie serve}. It ticks the robot continuously, paced
 * against the wall clock ({@link Pacer}), and between ticks it takes the next command from the
 * {@link Inbox} when the robot is free, collects finished turns, publishes status on every change
 * and telemetry at a fixed wall-clock rate, and journals untrusted remote text. Commands run one
 * at a time, in the order they were acknowledged; an e-stop is read by the executor at every tick
 * and wakes this loop at once.
 *
 * <p>A command leaves the inbox only when its turn is over. If the loop is stopped mid-turn (the
 * process is shutting down), the plan is interrupted and the command stays in the inbox, so it runs
 * again after a restart: an acknowledged command is never lost.
 */
public final class ServeLoop {
    private static final Logger LOG = LoggerFactory.getLogger(ServeLoop.class);
    /** Untrusted text journaled per wall-clock second at most; a flood is summarised, not stored whole. */
    static final int UNTRUSTED_PER_SECOND = 20;

    /** Follows the loop's turns, e.g. to print them. Called on the control thread. */
    public interface Listener {
        void started(RemoteCommand command);

        void finished(RemoteCommand command, Turn turn);
    }

    private record Untrusted(UntrustedText text, String reason) {
    }

    private final Robot robot;
    private final Inbox inbox;
    private final RobotPublisher publisher;
    private final RemoteEvents events;
    private final Listener listener;
    private final Pacer pacer;
    private final StepHook hook;
    private final LongSupplier nanoTime;
    private final long telemetryPeriod;
    private final BlockingQueue<Untrusted> untrusted = new ArrayBlockingQueue<>(64);
    private volatile boolean stopping;
    private volatile Thread thread;
    private RemoteCommand current;
    private Optional<EmergencyStop.Engaged> lastStop;
    private long untrustedWindow;
    private int untrustedInWindow;
    private long untrustedSkipped;

    ServeLoop(Robot robot, Inbox inbox, RobotPublisher publisher, RemoteEvents events, Listener listener, double speed,
            Duration telemetryPeriod, LongSupplier nanoTime) {
        this(robot, inbox, publisher, events, listener, speed, telemetryPeriod, nanoTime, StepHook.NONE);
    }

    /** As above; {@code hook} rides every simulator step (e.g. a ROS bridge). */
    ServeLoop(Robot robot, Inbox inbox, RobotPublisher publisher, RemoteEvents events, Listener listener, double speed,
            Duration telemetryPeriod, LongSupplier nanoTime, StepHook hook) {
        this.hook = Objects.requireNonNull(hook, "hook");
        this.robot = Objects.requireNonNull(robot, "robot");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.events = Objects.requireNonNull(events, "events");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.nanoTime = nanoTime;
        this.pacer = new Pacer(speed, robot.tickLength(), nanoTime);
        this.telemetryPeriod = telemetryPeriod.toNanos();
        if (this.telemetryPeriod <= 0) {
            throw new IllegalArgumentException("the telemetry period must be positive");
        }
    }

    /** Runs until {@link #stop()}; the calling thread becomes the control thread. */
    public void run() {
        thread = Thread.currentThread();
        lastStop = robot.emergencyStop().state();
        long nextTelemetry = nanoTime.getAsLong();
        while (!stopping) {
            betweenTicks();
            int due = pacer.due();
            for (int i = 0; i < due && !stopping; i++) {
                robot.tick(hook);
                pacer.ticked();
                if (current != null && !robot.running()) {
                    betweenTicks();
                }
                if (robot.emergencyStop().engaged() != lastStop.isPresent()) {
                    break;
                }
            }
            long now = nanoTime.getAsLong();
            if (now - nextTelemetry >= 0) {
                publisher.telemetry(telemetry());
                nextTelemetry = now + telemetryPeriod;
            }
            publishStatus();
            long wait = Math.min(pacer.nanosToNextTick(), Math.max(0, nextTelemetry - nanoTime.getAsLong()));
            if (wait > 200_000 && !stopping) {
                LockSupport.parkNanos(this, wait);
            }
        }
        shutdown();
    }

    /** Asks the loop to stop; {@link #run()} returns once the robot is stopped. Any thread. */
    public void stop() {
        stopping = true;
        wake();
    }

    /** Wakes the loop early (a command or an e-stop arrived). Any thread. */
    public void wake() {
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** Queues untrusted text for the journal; never blocks (a full queue counts it as skipped). Any thread. */
    public void untrusted(UntrustedText text, String reason) {
        if (!untrusted.offer(new Untrusted(text, reason))) {
            synchronized (this) {
                untrustedSkipped++;
            }
        }
    }

    /** Ticks the pacer skipped because the loop could not keep up with the requested speed. */
    public long droppedTicks() {
        return pacer.dropped();
    }

    private void betweenTicks() {
        Optional<EmergencyStop.Engaged> stop = robot.emergencyStop().state();
        if (!stop.equals(lastStop)) {
            lastStop = stop;
            robot.recordEstop(stop);
            LOG.warn("emergency stop {}", stop.map(e -> "ENGAGED by " + e.by() + ": " + e.reason()).orElse("released"));
        }
        if (current != null && !robot.running()) {
            robot.collect().ifPresent(turn -> finish(turn, false));
        }
        while (current == null && !stopping) {
            Optional<RemoteCommand> next = inbox.take();
            if (next.isEmpty()) {
                break;
            }
            start(next.get());
        }
        journalUntrusted();
    }

    private void start(RemoteCommand command) {
        current = command;
        events.follow(command.ref());
        listener.started(command);
        TurnStart start;
        try {
            start = robot.begin(command.text(), command.source());
        } catch (RuntimeException e) {
            LOG.error("command {} failed before it could run: {}", command.ref(), e.toString(), e);
            finish(new Turn.NotACommand("the robot could not process it (" + e.getMessage() + ")"), false);
            return;
        }
        if (start instanceof TurnStart.Ended ended) {
            finish(ended.turn(), false);
        }
    }

    private void finish(Turn turn, boolean shuttingDown) {
        RemoteCommand done = current;
        Optional<EmergencyStop.Engaged> stop = robot.emergencyStop().state();
        // Recorded and removed from the inbox before it is announced: whoever reacts to the outcome
        // event finds the turn finished and the inbox without it. A crash in between loses only the
        // announcement, never the command (it already ran).
        listener.finished(done, turn);
        boolean interruptedByShutdown = shuttingDown && turn instanceof Turn.Executed x && !x.succeeded()
                && stop.isEmpty();
        if (!interruptedByShutdown) {
            try {
                inbox.complete(done);
            } catch (RuntimeException e) {
                // The turn is over; if its entry cannot be removed it runs again after a restart.
                LOG.error("could not remove finished command {} from the inbox: {}", done.ref(), e.getMessage());
            }
        }
        events.outcome(done, turn, stop.map(e -> e.by().toString()).orElse(null), shuttingDown);
        current = null;
        events.follow(null);
    }

    private void journalUntrusted() {
        long second = nanoTime.getAsLong() / 1_000_000_000L;
        if (second != untrustedWindow) {
            untrustedWindow = second;
            untrustedInWindow = 0;
        }
        Untrusted u;
        while ((u = untrusted.poll()) != null) {
            if (untrustedInWindow < UNTRUSTED_PER_SECOND) {
                untrustedInWindow++;
                robot.recordUntrusted(u.text(), u.reason());
            } else {
                synchronized (this) {
                    untrustedSkipped++;
                }
            }
        }
        long skipped;
        synchronized (this) {
            skipped = untrustedSkipped;
            untrustedSkipped = 0;
        }
        if (skipped > 0) {
            LOG.warn("{} more untrusted remote messages were rejected but not journaled (rate limit)", skipped);
        }
    }

    private String mode(Optional<EmergencyStop.Engaged> stop) {
        return stop.isPresent() ? "estopped" : robot.running() ? "running" : "idle";
    }

    private TelemetrySample telemetry() {
        BodyState b = robot.bodyState();
        return new TelemetrySample(b.at(), b.pose(), b.linear(), b.angular(), b.battery(), b.docked(),
                mode(robot.emergencyStop().state()), b.action(), b.commandId().map(Object::toString));
    }

    private void publishStatus() {
        Optional<EmergencyStop.Engaged> stop = robot.emergencyStop().state();
        BodyState b = robot.bodyState();
        RobotStatus status = new RobotStatus(true, mode(stop), b.action(), b.commandId().map(Object::toString),
                Optional.ofNullable(current).map(RemoteCommand::ref), stop.isPresent(),
                stop.map(e -> e.by().toString()), stop.map(EmergencyStop.Engaged::at),
                inbox.waiting(), Optional.empty());
        if (!status.equals(publisher.lastStatus())) {
            publisher.status(status);
        }
    }

    private void shutdown() {
        if (current != null) {
            robot.interrupt();
            robot.collect().ifPresent(turn -> finish(turn, true));
        }
        journalUntrusted();
    }
}
