package dev.rosie.planner.openai;

import java.time.Duration;

/** Waits between retries. Injected so tests record the backoff instead of sleeping through it. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d);

    void sleep(Duration duration) throws InterruptedException;
}
