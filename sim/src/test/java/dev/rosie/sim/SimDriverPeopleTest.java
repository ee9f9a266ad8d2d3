package dev.rosie.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.RangeScan;
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimDriverPeopleTest {
    private final ManualClock clock = new ManualClock(Apartment.T0);

    private SimDriver apartment(SimConfig config, Pose start) {
        return new SimDriver(Apartment.map(), Apartment.residents(), start, config, clock);
    }

    @Test
    void should_walk_people_and_the_cat_between_rooms_on_free_floor_while_sam_sleeps() {
        HomeMap map = Apartment.map();
        SimDriver sim = apartment(SimConfig.exact(), Apartment.HALLWAY);
        Point samAt = sim.beings().stream().filter(b -> b.name().equals("sam")).findFirst().orElseThrow().position();
        Map<String, Set<String>> roomsVisited = new HashMap<>();
        Map<String, Double> walked = new HashMap<>();
        Map<String, Point> last = new HashMap<>();
        for (int s = 0; s < 30 * 60 * 50; s++) {
            sim.step();
            if (s % 10 != 0) {
                continue;
            }
            for (BeingState b : sim.beings()) {
                map.roomAt(b.position()).ifPresent(r -> roomsVisited.computeIfAbsent(b.name(), k -> new HashSet<>()).add(r.name()));
                Point before = last.put(b.name(), b.position());
                if (before != null) {
                    walked.merge(b.name(), before.distanceTo(b.position()), Double::sum);
                }
                if (b.asleep()) {
                    continue;
                }
                assertThat(clearance(map.grid(), b.position())).as("%s at %s", b.name(), b.position())
                        .isGreaterThanOrEqualTo(b.radius() - 0.02);
                assertThat(map.noGoZonesAt(b.position())).as("%s at %s", b.name(), b.position()).isEmpty();
                assertThat(map.objects()).as("%s at %s", b.name(), b.position())
                        .noneMatch(o -> o.obstacle() && o.footprint().orElseThrow().contains(b.position()));
            }
        }
        assertThat(sim.beings()).extracting(BeingState::name).containsExactly("alex", "guest", "sam", "miso");
        for (String walker : List.of("alex", "guest", "miso")) {
            assertThat(roomsVisited.get(walker)).as("rooms %s visited in half an hour", walker).hasSizeGreaterThanOrEqualTo(3)
                    .doesNotContain("nursery"); // its door is closed
            assertThat(walked.get(walker)).as("metres %s walked", walker).isGreaterThan(30);
        }
        assertThat(sim.beings().get(2).position()).as("sam sleeps").isEqualTo(samAt);
        assertThat(walked.get("sam")).isZero();
        assertThat(sim.unsafeEvents()).as("a robot standing still is never walked into").isEmpty();
    }

    @Test
    void should_move_walkers_at_walking_speed() {
        SimDriver sim = apartment(SimConfig.exact(), Apartment.HALLWAY);
        double top = 0;
        Point before = sim.beings().getFirst().position();
        for (int s = 0; s < 60 * 50; s++) {
            sim.step();
            Point now = sim.beings().getFirst().position();
            top = Math.max(top, before.distanceTo(now) / sim.config().stepSeconds());
            before = now;
        }
        assertThat(top).isLessThanOrEqualTo(SimConfig.DEFAULT.world().walkers().personSpeed() + 1e-9).isGreaterThan(0.9);
    }

    @Test
    void should_show_walkers_in_the_scan_where_they_are() {
        // Alex asleep on the hallway floor, 1 m east of the robot: a disc the lidar must see.
        List<Resident> residents = List.of(new Resident("alex", BeingKind.PERSON, new Point(3.0, 7.25), true));
        SimDriver sim = new SimDriver(Apartment.map(), residents, Apartment.HALLWAY, SimConfig.exact(), clock);
        RangeScan scan = sim.read().scan().orElseThrow();
        assertThat(scan.nearestAhead(0.01)).isCloseTo(1.0 - 0.2, org.assertj.core.api.Assertions.within(1e-5));
    }

    @Test
    void should_keep_walkers_from_stepping_into_the_robot() {
        // The robot parks in the hallway doorway to the living room, where alex has to pass.
        SimDriver sim = apartment(SimConfig.exact(), new Pose(3.5, 6.8, -Math.PI / 2));
        double closest = Double.MAX_VALUE;
        for (int s = 0; s < 20 * 60 * 50; s++) {
            sim.step();
            for (BeingState b : sim.beings()) {
                closest = Math.min(closest, b.position().distanceTo(sim.truePose().position()) - b.radius());
            }
        }
        assertThat(closest).isGreaterThanOrEqualTo(SimConfig.DEFAULT.robotRadius());
        assertThat(sim.unsafeEvents()).isEmpty();
    }

    @Test
    void should_refuse_to_start_the_robot_on_top_of_a_resident() {
        List<Resident> residents = List.of(new Resident("alex", BeingKind.PERSON, new Point(2.2, 7.25), false));
        assertThatThrownBy(() -> new SimDriver(Apartment.map(), residents, Apartment.HALLWAY, SimConfig.exact(), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alex");
    }

    @Test
    void should_refuse_to_close_a_door_on_a_resident() {
        List<Resident> residents = List.of(new Resident("guest", BeingKind.PERSON, new Point(8.5, 8.0), true));
        SimDriver sim = new SimDriver(Apartment.map(), residents, Apartment.HALLWAY, SimConfig.exact(), clock);
        assertThatThrownBy(() -> sim.setDoorOpen("bathroom door", false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("guest");
        assertThat(sim.doorOpen("bathroom door")).isTrue();
    }

    @Test
    void should_let_walkers_through_a_door_once_it_opens() {
        SimDriver sim = apartment(SimConfig.exact(), Apartment.HALLWAY);
        sim.setDoorOpen("nursery door", true);
        Set<String> inNursery = new HashSet<>();
        for (int s = 0; s < 60 * 60 * 50; s += 10) {
            sim.step(10);
            for (BeingState b : sim.beings()) {
                if (!b.asleep() && Apartment.map().roomAt(b.position()).map(r -> r.name().equals("nursery")).orElse(false)) {
                    inNursery.add(b.name());
                }
            }
        }
        assertThat(inNursery).isNotEmpty();
    }

    @Test
    void should_drive_the_robot_into_a_walker_and_stop_with_the_bumper() {
        List<Resident> residents = List.of(new Resident("alex", BeingKind.PERSON, new Point(3.5, 7.25), true));
        SimDriver sim = new SimDriver(Apartment.map(), residents, Apartment.HALLWAY, SimConfig.exact(), clock);
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(10));
        assertThat(sim.truePose().x()).isCloseTo(3.5 - 0.2 - 0.17, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(sim.read().bumper()).isTrue();
        assertThat(sim.collisions()).isEqualTo(1);
    }

    /** Distance from p to the nearest non-free grid cell, computed independently of the simulator. */
    private static double clearance(OccupancyGrid grid, Point p) {
        double best = Double.MAX_VALUE;
        double res = grid.resolution();
        int cx = (int) Math.floor(p.x() / res);
        int cy = (int) Math.floor(p.y() / res);
        for (int iy = cy - 10; iy <= cy + 10; iy++) {
            for (int ix = cx - 10; ix <= cx + 10; ix++) {
                if (grid.isFree(ix, iy)) {
                    continue;
                }
                double dx = Math.max(0, Math.max(ix * res - p.x(), p.x() - (ix + 1) * res));
                double dy = Math.max(0, Math.max(iy * res - p.y(), p.y() - (iy + 1) * res));
                best = Math.min(best, Math.hypot(dx, dy));
            }
        }
        return best;
    }
}
