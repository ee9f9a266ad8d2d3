package dev.rosie.core.bench;

import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Times an operation: {@code warmups} unmeasured calls first (the JIT compiles, caches fill, lazy
 * models load; their times would describe a cold start, not the steady state), then {@code runs}
 * measured ones. The operation gets the run's index: negative during warm-up, 0..runs-1 after.
 */
public final class Timing {
    private final LongSupplier nanoTime;

    /** @param nanoTime a nanosecond ticker, {@code System::nanoTime} outside tests */
    public Timing(LongSupplier nanoTime) {
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    public static Timing system() {
        return new Timing(System::nanoTime);
    }

    /** Nanoseconds each measured call took. */
    public long[] nanos(int warmups, int runs, IntConsumer operation) {
        if (warmups < 0 || runs < 1) {
            throw new IllegalArgumentException("timing needs runs >= 1 and warm-up runs >= 0, not " + runs + " and "
                    + warmups);
        }
        Objects.requireNonNull(operation, "operation");
        for (int i = 0; i < warmups; i++) {
            operation.accept(-1 - i);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = nanoTime.getAsLong();
            operation.accept(i);
            nanos[i] = nanoTime.getAsLong() - start;
        }
        return nanos;
    }

    /** The measured calls summarised, in units of {@code nanosPerUnit}. */
    public Stats measure(int warmups, int runs, double nanosPerUnit, IntConsumer operation) {
        return Stats.ofNanos(nanos(warmups, runs, operation), warmups, nanosPerUnit);
    }
}
