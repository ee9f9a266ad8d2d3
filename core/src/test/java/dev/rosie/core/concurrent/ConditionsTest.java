package dev.rosie.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

class ConditionsTest {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    @Test
    void should_return_at_once_when_the_state_already_holds_even_with_no_time() throws InterruptedException {
        ScriptedCondition never = new ScriptedCondition(n -> {
            throw new AssertionError("waited although the state held");
        });

        assertThat(Conditions.awaitHeld(never, () -> true, Duration.ZERO)).isTrue();
        assertThat(Conditions.awaitHeld(never, () -> true, Duration.ofSeconds(-1))).isTrue();
    }

    @Test
    void should_give_up_without_waiting_when_no_time_is_left() throws InterruptedException {
        ScriptedCondition never = new ScriptedCondition(n -> {
            throw new AssertionError("waited with no time left");
        });

        assertThat(Conditions.awaitHeld(never, () -> false, Duration.ZERO)).isFalse();
        assertThat(Conditions.await(lock, changed, () -> false, Duration.ofNanos(-5))).isFalse();
        assertThat(lock.isHeldByCurrentThread()).as("the lock is given back").isFalse();
    }

    @Test
    void should_wait_only_for_what_is_left_of_the_timeout_across_wake_ups() throws InterruptedException {
        // Every wake-up (a signal for something else, or a spurious one) uses up 40 of the 100 ns.
        ScriptedCondition wakes = new ScriptedCondition(n -> n - 40);

        assertThat(Conditions.awaitHeld(wakes, () -> false, Duration.ofNanos(100))).isFalse();
        assertThat(wakes.asked).containsExactly(100L, 60L, 20L);
    }

    @Test
    void should_test_the_state_again_after_every_wake_up() throws InterruptedException {
        ScriptedCondition wakes = new ScriptedCondition(n -> n - 1);
        AtomicInteger tests = new AtomicInteger();

        assertThat(Conditions.awaitHeld(wakes, () -> tests.incrementAndGet() == 3, Duration.ofSeconds(1))).isTrue();
        assertThat(tests).hasValue(3);
        assertThat(wakes.asked).hasSize(2);
    }

    @Test
    void should_throw_when_interrupted_while_it_waits_and_release_the_lock() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Conditions.await(lock, changed, () -> false, Duration.ofMinutes(1)))
                    .isInstanceOf(InterruptedException.class);
            assertThat(lock.isHeldByCurrentThread()).isFalse();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void should_wake_a_waiter_when_another_thread_makes_the_state_hold() throws Exception {
        int[] value = {0};
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // The waiter may start before or after the change: it tests the state before it sleeps.
            Future<Boolean> waiter = pool.submit(() -> Conditions.await(lock, changed, () -> value[0] == 1,
                    Duration.ofMinutes(1)));
            Conditions.signalAllAfter(lock, changed, () -> value[0] = 1);

            assertThat(waiter.get(1, TimeUnit.MINUTES)).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_not_signal_when_the_change_fails_and_still_release_the_lock() {
        ScriptedCondition watched = new ScriptedCondition(n -> n);
        ReentrantLock own = new ReentrantLock();

        assertThatThrownBy(() -> Conditions.signalAllAfter(own, watched, () -> {
            throw new IllegalStateException("bad change");
        })).hasMessage("bad change");
        assertThat(watched.signals).isZero();
        assertThat(own.isHeldByCurrentThread()).isFalse();

        Conditions.signalAllAfter(own, watched, () -> { });
        assertThat(watched.signals).isEqualTo(1);
    }

    /** A condition whose waits return at once, reporting the time left as the script says. */
    private static final class ScriptedCondition implements Condition {
        private final java.util.function.LongUnaryOperator left;
        final List<Long> asked = new ArrayList<>();
        int signals;

        ScriptedCondition(java.util.function.LongUnaryOperator left) {
            this.left = left;
        }

        @Override
        public long awaitNanos(long nanos) {
            asked.add(nanos);
            return left.applyAsLong(nanos);
        }

        @Override
        public void signalAll() {
            signals++;
        }

        @Override
        public void await() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void awaitUninterruptibly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean await(long time, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean awaitUntil(Date deadline) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void signal() {
            throw new UnsupportedOperationException();
        }
    }
}
