package dev.rosie.launch.wiring;

import dev.rosie.perception.vision.CameraPerception;
import java.util.function.Supplier;

/**
 * Camera perception loaded on first use (by {@link Vision}, for a camera with {@code horizontalFov}): a robot that never looks (a one-off {@code say} with no
 * Inspect step) never pays the second it takes to load the models. Closes what it loaded.
 */
public final class LazyVision implements Supplier<CameraPerception>, AutoCloseable {
    private final double horizontalFov;
    private CameraPerception loaded;
    private boolean closed;

    public LazyVision(double horizontalFov) {
        this.horizontalFov = horizontalFov;
    }

    @Override
    public synchronized CameraPerception get() {
        if (closed) {
            throw new IllegalStateException("camera perception is closed");
        }
        if (loaded == null) {
            loaded = Vision.load(horizontalFov);
        }
        return loaded;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (loaded != null) {
            loaded.close();
            loaded = null;
        }
    }
}
