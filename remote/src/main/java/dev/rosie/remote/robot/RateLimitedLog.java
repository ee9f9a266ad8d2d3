package dev.rosie.remote.robot;

import java.time.Clock;
import org.slf4j.Logger;

/**
 * Logs at most {@code perWindow} warnings per {@code windowMillis}, then one line saying how many
 * were suppressed: a flood of junk payloads must not flood the log (or the disk) as well.
 */
final class RateLimitedLog {
    private final Logger log;
    private final Clock clock;
    private final int perWindow;
    private final long windowMillis;
    private long windowStart;
    private int inWindow;
    private long suppressed;

    RateLimitedLog(Logger log, Clock clock, int perWindow, long windowMillis) {
        this.log = log;
        this.clock = clock;
        this.perWindow = perWindow;
        this.windowMillis = windowMillis;
    }

    synchronized void warn(String message) {
        long now = clock.millis();
        if (now - windowStart >= windowMillis) {
            if (suppressed > 0) {
                log.warn("... {} more like these suppressed", suppressed);
            }
            windowStart = now;
            inWindow = 0;
            suppressed = 0;
        }
        if (inWindow < perWindow) {
            inWindow++;
            log.warn(message);
        } else {
            suppressed++;
        }
    }
}
