package dev.rosie.safety;

import static dev.rosie.safety.GuardFixtures.command;
import static dev.rosie.safety.GuardFixtures.guard;
import static dev.rosie.safety.GuardFixtures.owner;
import static dev.rosie.safety.GuardFixtures.plan;
import static dev.rosie.safety.GuardFixtures.refusal;
import static dev.rosie.safety.GuardFixtures.world;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.CleanMode;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.action.Target;
import dev.rosie.core.command.Trust;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.ObjectClass;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.WorldObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The stairs are a no-go zone whoever asks and however the plan names them. */
class NoGoZoneRuleTest {

    @ParameterizedTest
    @EnumSource(value = Trust.class, names = {"OWNER", "OPERATOR", "GUEST"})
    void should_refuse_navigation_into_the_no_go_zone_naming_the_rule_for_every_trust(Trust trust) {
        Refusal refusal = refusal(guard().review(command(trust), plan(Action.NavigateTo.named(TestMaps.STAIRS)), world()));

        assertThat(refusal.rule()).isEqualTo("no-go-zone");
        assertThat(refusal.reason()).contains("stairs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stairs", "Stairs", "  STAIRS ", "stairs\t"})
    void should_refuse_the_no_go_zone_however_its_name_is_cased_or_padded(String name) {
        assertThat(refusal(guard().review(owner(), plan(Action.NavigateTo.named(name)), world())).rule())
                .isEqualTo("no-go-zone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5,2.6", "0.15,2.15", "1.05,3.05", "0.6,3.0"})
    void should_refuse_navigation_to_coordinates_inside_the_stairs_polygon(String xy) {
        String[] parts = xy.split(",");
        Action step = new Action.NavigateTo(new Target.Coordinates(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));

        assertThat(refusal(guard().review(owner(), plan(step), world())).rule()).isEqualTo("no-go-zone");
    }

    @Test
    void should_approve_navigation_to_coordinates_beyond_the_margin_around_the_stairs() {
        Action beside = new Action.NavigateTo(new Target.Coordinates(1.4, 2.6));
        Action below = new Action.NavigateTo(new Target.Coordinates(0.5, 1.8));

        assertThat(guard().review(owner(), plan(beside, below), world())).isInstanceOf(ApprovedPlan.class);
    }

    @Test
    void should_refuse_a_destination_so_close_to_the_stairs_that_the_body_would_overhang_them() {
        Action edge = new Action.NavigateTo(new Target.Coordinates(1.2, 2.6));

        assertThat(refusal(guard().review(owner(), plan(edge), world())).rule()).isEqualTo("no-go-zone");
    }

    @Test
    void should_refuse_cleaning_the_no_go_zone() {
        Refusal refusal = refusal(guard().review(owner(), plan(new Action.CleanArea(TestMaps.STAIRS, CleanMode.DEEP)), world()));

        assertThat(refusal.rule()).isEqualTo("no-go-zone");
    }

    @Test
    void should_refuse_placing_an_object_on_the_stairs() {
        Refusal refusal = refusal(guard().review(owner(),
                plan(new Action.PickUp(TestMaps.TOY_CAR), new Action.Place(TestMaps.TOY_CAR, TestMaps.STAIRS)), world()));

        assertThat(refusal.rule()).isEqualTo("no-go-zone");
    }

    @Test
    void should_refuse_inspecting_the_stairs_up_close() {
        assertThat(refusal(guard().review(owner(), plan(new Action.Inspect(TestMaps.STAIRS)), world())).rule())
                .isEqualTo("no-go-zone");
    }

    @Test
    void should_refuse_going_to_or_fetching_a_named_object_that_lies_inside_the_zone() {
        HomeMap map = withObjectOnTheStairs("ball");

        assertThat(refusal(guard().review(owner(), plan(Action.NavigateTo.named("ball")), world(map, Map.of(), List.of())))
                .rule()).isEqualTo("no-go-zone");
        assertThat(refusal(guard().review(owner(), plan(new Action.PickUp("ball")), world(map, Map.of(), List.of())))
                .rule()).isEqualTo("no-go-zone");
        assertThat(refusal(guard().review(owner(), plan(new Action.Inspect("ball")), world(map, Map.of(), List.of())))
                .rule()).isEqualTo("no-go-zone");
    }

    /** The two rooms with a small object lying on the stairs, where only its position says it is out of bounds. */
    private static HomeMap withObjectOnTheStairs(String name) {
        HomeMap base = TestMaps.twoRooms();
        List<WorldObject> objects = new ArrayList<>(base.objects());
        objects.add(new WorldObject(name, ObjectClass.SMALL, new Point(0.5, 2.6), TestMaps.LIVING_ROOM,
                Optional.empty(), false, Set.of()));
        return new HomeMap(base.name(), base.grid(), base.rooms(), base.doors(), base.zones(), objects, base.dock());
    }
}
