package dev.rosie.core.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void should_take_nearest_rank_percentiles_of_unsorted_samples() {
        double[] samples = new double[100];
        for (int i = 0; i < 100; i++) {
            samples[i] = 100 - i; // 100 .. 1
        }
        Stats s = Stats.of(samples, 7);

        assertThat(s).isEqualTo(new Stats(100, 7, 1, 50, 99, 100));
        assertThat(samples[0]).as("the caller's array is left alone").isEqualTo(100);
    }

    @Test
    void should_use_a_measured_value_for_every_percentile_of_a_small_sample() {
        Stats s = Stats.of(new double[] {3, 1, 2}, 0);

        assertThat(s.p50()).isEqualTo(2);
        assertThat(s.p99()).isEqualTo(3);
        assertThat(Stats.of(new double[] {5}, 0)).isEqualTo(new Stats(1, 0, 5, 5, 5, 5));
    }

    @Test
    void should_convert_nanoseconds_to_the_unit_asked_for() {
        Stats ms = Stats.ofNanos(new long[] {1_000_000, 3_000_000, 2_000_000}, 1, 1e6);

        assertThat(ms).isEqualTo(new Stats(3, 1, 1, 2, 3, 3));
        assertThat(ms.scaled(1000)).isEqualTo(new Stats(3, 1, 1000, 2000, 3000, 3000));
    }

    @Test
    void should_refuse_no_samples_bad_values_and_figures_out_of_order() {
        assertThatThrownBy(() -> Stats.of(new double[0], 0)).hasMessageContaining("no samples");
        assertThatThrownBy(() -> Stats.of(new double[] {1, Double.NaN}, 0)).hasMessageContaining("not a number");
        assertThatThrownBy(() -> new Stats(0, 0, 1, 1, 1, 1)).hasMessageContaining("at least one measured run");
        assertThatThrownBy(() -> new Stats(2, 0, 1, 3, 2, 4)).hasMessageContaining("out of order");
        assertThatThrownBy(() -> Stats.nearestRank(new double[] {1}, 0)).hasMessageContaining("(0, 1]");
    }

    @Test
    void should_discard_warm_up_runs_and_time_the_measured_ones_with_the_given_ticker() {
        AtomicLong now = new AtomicLong();
        List<Integer> calls = new ArrayList<>();
        Timing timing = new Timing(now::get);

        Stats s = timing.measure(2, 3, 1, i -> {
            calls.add(i);
            now.addAndGet(i < 0 ? 1_000 : 10 * (i + 1));
        });

        assertThat(calls).containsExactly(-1, -2, 0, 1, 2);
        assertThat(s).isEqualTo(new Stats(3, 2, 10, 20, 30, 30));
        assertThatThrownBy(() -> timing.nanos(0, 0, i -> { })).hasMessageContaining("runs >= 1");
    }
}
