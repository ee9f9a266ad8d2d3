package dev.rosie.safety;

import static dev.rosie.safety.GuardFixtures.NOW;
import static dev.rosie.safety.GuardFixtures.guard;
import static dev.rosie.safety.GuardFixtures.owner;
import static dev.rosie.safety.GuardFixtures.plan;
import static dev.rosie.safety.GuardFixtures.refusal;
import static dev.rosie.safety.GuardFixtures.world;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.ManualClock;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.CleanMode;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.WorldSnapshot;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A room cleaned less than the policy's cooldown ago is politely not cleaned again. */
class CleaningCooldownRuleTest {

    private static WorldSnapshot kitchenCleaned(Duration ago) {
        return world(Map.of(TestMaps.KITCHEN, NOW.minus(ago)), List.of());
    }

    private static Action cleanKitchen() {
        return new Action.CleanArea(TestMaps.KITCHEN, CleanMode.NORMAL);
    }

    @Test
    void should_refuse_cleaning_a_room_cleaned_a_minute_ago_saying_when_in_local_time() {
        // NOW is 09:31 UTC = 11:31 in Berlin (summer time); the kitchen was cleaned at 09:30 UTC = 11:30 local.
        Refusal refusal = refusal(guard().review(owner(), plan(cleanKitchen(), new Action.Dock()),
                kitchenCleaned(Duration.ofMinutes(1))));

        assertThat(refusal.rule()).isEqualTo("cleaning-cooldown");
        assertThat(refusal.reason()).contains("kitchen").contains("1 minute ago").contains("11:30")
                .doesNotContain("09:30");
        assertThat(refusal.reason()).as("when it may be asked again, also local").contains("12:00");
    }

    @Test
    void should_use_the_clocks_zone_for_the_time_of_the_last_clean() {
        ManualClock tokyo = new ManualClock(NOW, ZoneId.of("Asia/Tokyo"));

        Refusal refusal = refusal(new SafetyGuard(GuardFixtures.REFERENCE, tokyo).review(owner(), plan(cleanKitchen()),
                kitchenCleaned(Duration.ofMinutes(1))));

        assertThat(refusal.reason()).contains("18:30");
    }

    @Test
    void should_say_how_long_ago_in_minutes_for_longer_gaps() {
        Refusal refusal = refusal(guard().review(owner(), plan(cleanKitchen()), kitchenCleaned(Duration.ofMinutes(29))));

        assertThat(refusal.reason()).contains("29 minutes ago").contains("11:02");
    }

    @Test
    void should_refuse_a_room_cleaned_seconds_ago() {
        Refusal refusal = refusal(guard().review(owner(), plan(cleanKitchen()), kitchenCleaned(Duration.ofSeconds(20))));

        assertThat(refusal.rule()).isEqualTo("cleaning-cooldown");
        assertThat(refusal.reason()).contains("less than a minute ago");
    }

    @Test
    void should_approve_cleaning_a_room_cleaned_31_minutes_ago() {
        assertThat(guard().review(owner(), plan(cleanKitchen(), new Action.Dock()), kitchenCleaned(Duration.ofMinutes(31))))
                .isInstanceOf(ApprovedPlan.class);
    }

    @Test
    void should_approve_cleaning_exactly_when_the_cooldown_ends() {
        assertThat(guard().review(owner(), plan(cleanKitchen()), kitchenCleaned(Duration.ofMinutes(30))))
                .isInstanceOf(ApprovedPlan.class);
    }

    @Test
    void should_approve_a_room_never_cleaned_and_ignore_other_rooms_recent_cleans() {
        WorldSnapshot livingRoomJustCleaned = world(Map.of(TestMaps.LIVING_ROOM, NOW.minusSeconds(60)), List.of());

        assertThat(guard().review(owner(), plan(cleanKitchen()), livingRoomJustCleaned)).isInstanceOf(ApprovedPlan.class);
    }

    @Test
    void should_refuse_the_whole_plan_when_a_later_step_cleans_a_room_still_cooling_down() {
        WorldSnapshot world = world(Map.of(TestMaps.KITCHEN, NOW.minus(Duration.ofMinutes(5)),
                TestMaps.LIVING_ROOM, NOW.minus(Duration.ofHours(5))), List.of());

        Refusal refusal = refusal(guard().review(owner(), plan(new Action.CleanArea(TestMaps.LIVING_ROOM, CleanMode.NORMAL),
                new Action.CleanArea(TestMaps.KITCHEN, CleanMode.DEEP)), world));

        assertThat(refusal.rule()).isEqualTo("cleaning-cooldown");
        assertThat(refusal.reason()).contains("kitchen").contains("5 minutes ago");
    }

    @Test
    void should_not_let_the_clean_mode_get_around_the_cooldown() {
        for (CleanMode mode : CleanMode.values()) {
            assertThat(refusal(guard().review(owner(), plan(new Action.CleanArea(TestMaps.KITCHEN, mode)),
                    kitchenCleaned(Duration.ofMinutes(1)))).rule()).isEqualTo("cleaning-cooldown");
        }
    }

    @Test
    void should_still_let_the_robot_go_into_a_recently_cleaned_room_without_cleaning() {
        assertThat(guard().review(owner(), plan(Action.NavigateTo.named(TestMaps.KITCHEN)),
                kitchenCleaned(Duration.ofMinutes(1)))).isInstanceOf(ApprovedPlan.class);
    }

    @Test
    void should_measure_the_cooldown_against_the_guards_clock_not_the_snapshot_time() {
        ManualClock clock = GuardFixtures.clock();
        SafetyGuard guard = new SafetyGuard(GuardFixtures.REFERENCE, clock);
        WorldSnapshot world = kitchenCleaned(Duration.ofMinutes(1));

        assertThat(guard.review(owner(), plan(cleanKitchen()), world)).isInstanceOf(Verdict.Refused.class);
        clock.advance(Duration.ofMinutes(29));
        assertThat(guard.review(owner(), plan(cleanKitchen()), world)).isInstanceOf(ApprovedPlan.class);
    }
}
