package dev.rosie.actuation.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StandOffTest {
    /** The default body's: 0.17 m radius, 0.3 m gripper past its edge, 0.06 m arrival tolerance. */
    private static final double REACH = 0.17 + 0.3 - 0.06;
    private static final double RADIUS = 0.17;
    private static final double MARGIN = 0.03;

    private static StandOff standOff(HomeMap map, List<CostMap.Disc> discs) {
        return new StandOff(map, new GridPlanner(new CostMap(map, RADIUS, MARGIN, discs)));
    }

    @Test
    void should_stand_in_front_of_the_desk_straight_before_the_book() {
        HomeMap map = StudyMap.withDoor(true);
        StandOff.Result result = standOff(map, List.of()).find(StudyMap.DOCK.position(), StudyMap.BOOK, Optional.empty(), REACH);

        assertThat(result).isInstanceOf(StandOff.Found.class);
        StandOff.Found found = (StandOff.Found) result;
        // The nearest the body's centre may come to the desk is its radius, margin and half a cell.
        assertThat(found.stand().y()).isCloseTo(3.2 - 0.225, within(0.03));
        // Within a centimetre of the nearest spot counts as near; from the west, the westmost of those.
        assertThat(found.stand().x()).isCloseTo(StudyMap.BOOK.x(), within(0.08));
        assertThat(found.distance()).isLessThanOrEqualTo(REACH).isCloseTo(0.375, within(0.03));
    }

    @Test
    void should_say_how_close_it_could_get_when_the_paper_lies_in_the_middle_of_the_desk() {
        HomeMap map = StudyMap.withDoor(true);
        StandOff.Result result = standOff(map, List.of()).find(StudyMap.DOCK.position(), StudyMap.PAPER, Optional.empty(), REACH);

        assertThat(result).isInstanceOf(StandOff.OutOfReach.class);
        assertThat(((StandOff.OutOfReach) result).closest()).hasValueSatisfying(d -> assertThat(d).isCloseTo(0.575, within(0.01)));
    }

    @Test
    void should_reach_a_shelf_by_a_wall_only_from_its_own_side_never_through_the_wall() {
        Point inHall = new Point(2.0, 2.5);
        // The door shut, the study cannot be driven to; the hall side is near, but the wall is between.
        StandOff.Result shut = standOff(StudyMap.withDoor(false), List.of()).find(inHall, StudyMap.CUP, Optional.empty(), REACH);
        assertThat(shut).isInstanceOf(StandOff.NoPath.class);
        assertThat(((StandOff.NoPath) shut).reason()).contains("closed doors");

        StandOff.Result open = standOff(StudyMap.withDoor(true), List.of()).find(inHall, StudyMap.CUP, Optional.empty(), REACH);
        assertThat(open).isInstanceOf(StandOff.Found.class);
        assertThat(((StandOff.Found) open).stand().x()).isGreaterThan(3.1);
    }

    @Test
    void should_come_at_a_thing_on_the_floor_from_the_side_the_robot_is_on() {
        HomeMap map = StudyMap.withDoor(true);
        StandOff standOff = standOff(map, List.of(new CostMap.Disc(StudyMap.SOCK, 0.08)));

        StandOff.Found fromWest = (StandOff.Found) standOff.find(new Point(0.5, 2.0), StudyMap.SOCK, Optional.empty(), REACH);
        StandOff.Found fromEast = (StandOff.Found) standOff.find(new Point(2.7, 2.0), StudyMap.SOCK, Optional.empty(), REACH);

        assertThat(fromWest.stand().x()).isLessThan(StudyMap.SOCK.x());
        assertThat(fromEast.stand().x()).isGreaterThan(StudyMap.SOCK.x());
        assertThat(fromWest.distance()).isLessThanOrEqualTo(REACH);
        assertThat(fromEast.distance()).isLessThanOrEqualTo(REACH);
    }

    @Test
    void should_put_things_on_furniture_from_where_its_edge_is_within_reach() {
        HomeMap map = StudyMap.withDoor(true);
        Point middle = new Point(4.9, 3.55);
        StandOff.Result result = standOff(map, List.of()).find(StudyMap.DOCK.position(), middle,
                Optional.of(StudyMap.DESK_AREA), REACH);

        // The middle itself is out of reach, but the desk's front edge is not: that is where things go.
        assertThat(result).isInstanceOf(StandOff.Found.class);
        StandOff.Found found = (StandOff.Found) result;
        assertThat(found.distance()).isCloseTo(0.225, within(0.03));
        assertThat(found.stand().x()).isCloseTo(middle.x(), within(0.08));
    }

    @Test
    void should_refuse_a_reach_that_is_not_positive() {
        assertThatThrownBy(() -> standOff(StudyMap.withDoor(true), List.of())
                .find(StudyMap.DOCK.position(), StudyMap.BOOK, Optional.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reach must be positive");
    }
}
