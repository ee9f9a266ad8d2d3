package dev.rosie.remote.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayGuardTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2025-01-31T10:00:00Z"));
    private final long now = clock.millis();

    @TempDir
    Path dir;

    private ReplayGuard guard(int capacity, Optional<Path> log) {
        return new ReplayGuard(clock, Duration.ofSeconds(60), capacity, log);
    }

    @Test
    void should_admit_a_fresh_nonce_once() {
        ReplayGuard g = guard(10, Optional.empty());

        assertThat(g.admit(now, "nonce-0000000001")).isEmpty();
        assertThat(g.admit(now, "nonce-0000000001")).contains(ReplayGuard.Refusal.REPLAYED);
    }

    @Test
    void should_reject_timestamps_outside_the_window_either_way() {
        ReplayGuard g = guard(10, Optional.empty());

        assertThat(g.admit(now - 60_001, "nonce-0000000001")).contains(ReplayGuard.Refusal.EXPIRED);
        assertThat(g.admit(now + 60_001, "nonce-0000000002")).contains(ReplayGuard.Refusal.EXPIRED);
        assertThat(g.admit(now - 60_000, "nonce-0000000003")).isEmpty();
    }

    @Test
    void should_forget_nonces_once_their_timestamp_left_the_window() {
        ReplayGuard g = guard(10, Optional.empty());
        g.admit(now, "nonce-0000000001");

        clock.advance(Duration.ofSeconds(61));
        g.admit(clock.millis(), "nonce-0000000002");

        assertThat(g.size()).isEqualTo(1);
        assertThat(g.admit(now, "nonce-0000000001")).contains(ReplayGuard.Refusal.EXPIRED);
    }

    @Test
    void should_fail_closed_when_full_of_live_nonces() {
        ReplayGuard g = guard(3, Optional.empty());
        for (int i = 0; i < 3; i++) {
            assertThat(g.admit(now, "nonce-000000000" + i)).isEmpty();
        }

        assertThat(g.admit(now, "nonce-0000000009")).contains(ReplayGuard.Refusal.FULL);
        clock.advance(Duration.ofSeconds(61));
        assertThat(g.admit(clock.millis(), "nonce-0000000009")).isEmpty();
    }

    @Test
    void should_remember_used_nonces_across_a_restart() {
        Path log = dir.resolve("nonces.log");
        try (ReplayGuard first = guard(10, Optional.of(log))) {
            first.admit(now, "nonce-0000000001");
        }
        clock.advance(Duration.ofSeconds(30));

        try (ReplayGuard second = guard(10, Optional.of(log))) {
            assertThat(second.admit(now, "nonce-0000000001")).contains(ReplayGuard.Refusal.REPLAYED);
        }
    }

    @Test
    void should_keep_the_log_bounded_by_compacting_it() throws Exception {
        Path log = dir.resolve("nonces.log");
        try (ReplayGuard g = guard(5, Optional.of(log))) {
            for (int i = 0; i < 40; i++) {
                clock.advance(Duration.ofSeconds(20));
                assertThat(g.admit(clock.millis(), String.format("nonce-%010d", i))).isEmpty();
            }
        }
        assertThat(Files.readAllLines(log)).hasSizeLessThanOrEqualTo(10);
    }
}
