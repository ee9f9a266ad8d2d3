package dev.rosie.launch.wiring;

import dev.rosie.core.perception.Observation;
import dev.rosie.core.robot.CameraFrame;
import dev.rosie.perception.vision.CameraPerception;
import dev.rosie.perception.vision.ObservationRecorder;
import dev.rosie.sim.SimDriver;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The robot looking through its camera and writing what it sees into the world model: people as
 * sightings, text as untrusted notes (never commands). Two ways to look:
 * <ul>
 *   <li>{@link #afterStep(long)} on the control thread every tick: every {@code everyTicks} ticks, if
 *       the previous look has finished, it grabs a frame (a few milliseconds) and hands it to the
 *       worker, which runs OCR and people detection (hundreds of milliseconds) off the control loop.
 *       A frame is skipped rather than queued when the worker is still busy, so a fast-forwarded
 *       simulation never builds a backlog.</li>
 *   <li>{@link #lookNow()}: grab, read and record at once, on the caller's thread (an Inspect step,
 *       the safety suite placing a sign before a command).</li>
 * </ul>
 * Looks are serialised. The perception models come from a supplier (shared, or loaded on first look)
 * and stay the caller's to close.
 */
public final class Eyes implements AutoCloseable {
    private final java.util.function.Supplier<CameraPerception> perception;
    private final ObservationRecorder recorder;
    private final SimDriver body;
    private final CameraSettings settings;
    private final Executor worker;
    private final Optional<ExecutorService> ownWorker;
    private final Consumer<RuntimeException> onError;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicLong looks = new java.util.concurrent.atomic.AtomicLong();

    /** Eyes with a background thread of their own (a daemon: it never keeps the process alive). */
    public static Eyes open(java.util.function.Supplier<CameraPerception> perception, ObservationRecorder recorder, SimDriver body,
            CameraSettings settings, Consumer<RuntimeException> onError) {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rosie-camera");
            t.setDaemon(true);
            return t;
        });
        return new Eyes(perception, recorder, body, settings, pool, Optional.of(pool), onError);
    }

    /** Eyes that run periodic looks on {@code worker} (tests pass {@code Runnable::run} to look inline). */
    public Eyes(java.util.function.Supplier<CameraPerception> perception, ObservationRecorder recorder, SimDriver body, CameraSettings settings,
            Executor worker, Consumer<RuntimeException> onError) {
        this(perception, recorder, body, settings, worker, Optional.empty(), onError);
    }

    private Eyes(java.util.function.Supplier<CameraPerception> perception, ObservationRecorder recorder, SimDriver body, CameraSettings settings,
            Executor worker, Optional<ExecutorService> ownWorker, Consumer<RuntimeException> onError) {
        this.perception = Objects.requireNonNull(perception, "perception");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.body = Objects.requireNonNull(body, "body");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.ownWorker = ownWorker;
        this.onError = Objects.requireNonNull(onError, "onError");
    }

    public CameraSettings settings() {
        return settings;
    }

    /** Called after each body step with the step count; starts a background look when one is due. */
    public void afterStep(long tick) {
        if (settings.everyTicks() == 0 || tick % settings.everyTicks() != 0 || !busy.compareAndSet(false, true)) {
            return;
        }
        Optional<CameraFrame> frame;
        try {
            frame = body.camera();
        } catch (RuntimeException e) {
            busy.set(false);
            onError.accept(e);
            return;
        }
        if (frame.isEmpty()) {
            busy.set(false);
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    read(frame.get());
                } catch (RuntimeException e) {
                    onError.accept(e);
                } finally {
                    busy.set(false);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            busy.set(false);
        }
    }

    /** Looks now, on this thread, and records what was seen; empty when the body has no camera. */
    public Optional<ObservationRecorder.Recorded> lookNow() {
        return body.camera().map(this::read);
    }

    /** How many frames have been read so far, periodic and on demand. */
    public long looks() {
        return looks.get();
    }

    /** Whether a background look is running. */
    public boolean looking() {
        return busy.get();
    }

    private synchronized ObservationRecorder.Recorded read(CameraFrame frame) {
        List<Observation> seen = perception.get().look(frame);
        ObservationRecorder.Recorded recorded = recorder.record(seen);
        looks.incrementAndGet();
        return recorded;
    }

    /** Stops the background thread (waiting for a look in progress to finish). */
    @Override
    public void close() {
        ownWorker.ifPresent(pool -> {
            pool.shutdown();
            try {
                if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
            }
        });
    }
}
