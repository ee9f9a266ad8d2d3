package dev.rosie.webots.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.WorldObject;
import dev.rosie.webots.CreateSpec;
import dev.rosie.webots.world.WbtTree.Node;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed Webots world is the reference map: it is exactly what the generator writes today,
 * it parses, and read back through an independent reader its solids stand where the map's
 * occupancy grid says walls and furniture are. Webots itself cannot run here (see the README).
 */
class ApartmentWorldTest {
    /** Surefire runs in the module's directory. */
    static final Path WORLD = Path.of("webots", "worlds", "apartment.wbt");
    static final Path CONTROLLERS = Path.of("webots", "controllers");

    static String generated;
    static HomeMap map;

    @BeforeAll
    static void generate() throws IOException {
        generated = WorldGenerator.referenceApartment();
        map = new RosieMapLoader(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).referenceApartment().map();
        if (Boolean.getBoolean("webots.regenerate")) {
            Files.createDirectories(WORLD.getParent());
            Files.writeString(WORLD, generated, StandardCharsets.UTF_8);
        }
    }

    @Test
    void should_match_the_generator_output_when_the_world_is_committed() throws IOException {
        assertThat(WORLD).as("the committed world; create it with -Dwebots.regenerate=true").exists();
        String committed = Files.readString(WORLD, StandardCharsets.UTF_8);
        assertThat(firstDifference(committed, generated))
                .as("sim/webots/worlds/apartment.wbt has drifted from the reference map or the generator; regenerate it:"
                        + " mvn -B -pl sim -am verify -Dtest=ApartmentWorldTest -Dsurefire.failIfNoSpecifiedTests=false"
                        + " -Dwebots.regenerate=true")
                .isEmpty();
    }

    /** The first line where two texts differ, as "line N: committed | generated", or "" when equal. */
    static String firstDifference(String committed, String generated) {
        String[] a = committed.split("\n", -1);
        String[] b = generated.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end of file>";
            String y = i < b.length ? b[i] : "<end of file>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ": committed '" + x.strip() + "' | generated '" + y.strip() + "'";
            }
        }
        return "";
    }

    @Test
    void should_parse_with_balanced_braces_and_resolvable_uses_when_read_back() {
        WbtTree tree = new WbtTree(generated);
        assertThat(tree.header).isEqualTo("#VRML_SIM R2025a utf8");
        assertThat(tree.roots).isNotEmpty();
        assertThat(generated.chars().filter(c -> c == '{').count()).isEqualTo(generated.chars().filter(c -> c == '}').count());
        assertThat(generated).contains("USE ");
    }

    @Test
    void should_refuse_a_use_before_its_def_when_reading() {
        assertThatThrownBy(() -> new WbtTree("#VRML_SIM R2025a utf8\nSolid { boundingObject USE NOWHERE }"))
                .hasMessageContaining("USE NOWHERE");
        assertThatThrownBy(() -> new WbtTree("#VRML_SIM R2025a utf8\nSolid { children [ Shape { } ]"))
                .hasMessageContaining("not closed");
    }

    @Test
    void should_declare_an_externproto_for_every_proto_it_uses_and_no_other() {
        WbtTree tree = new WbtTree(generated);
        Set<String> used = new HashSet<>();
        tree.roots.forEach(n -> used.add(n.type()));
        Set<String> declared = new HashSet<>();
        for (String url : tree.externProtos) {
            assertThat(url).startsWith("https://raw.githubusercontent.com/cyberbotics/webots/R2025a/projects/");
            declared.add(url.substring(url.lastIndexOf('/') + 1, url.length() - ".proto".length()));
        }
        Set<String> builtIn = Set.of("WorldInfo", "Viewpoint", "Solid");
        Set<String> protos = new HashSet<>(used);
        protos.removeAll(builtIn);
        assertThat(declared).isEqualTo(protos).containsExactlyInAnyOrder("TexturedBackground", "TexturedBackgroundLight",
                "Create");
    }

    @Test
    void should_name_a_controller_folder_that_holds_the_controller_when_the_robot_is_read() throws IOException {
        Node robot = robot(new WbtTree(generated));
        String controller = robot.text("controller").orElseThrow();
        Path folder = CONTROLLERS.resolve(controller);
        assertThat(folder.resolve("pom.xml")).exists();
        assertThat(Files.readString(folder.resolve("pom.xml"))).contains("<finalName>" + controller + "</finalName>");
        // Webots starts `java ... <controller>`: the main class is named after the folder, in the unnamed package.
        Path main = folder.resolve("src/main/java/" + controller + ".java");
        assertThat(main).exists();
        assertThat(Files.readString(main)).contains("public final class " + controller + " ")
                .contains("public static void main(String[] args)").doesNotContain("package ");
        assertThat(folder.resolve("runtime.ini")).exists();
    }

    @Test
    void should_dock_the_create_with_the_controllers_devices_when_the_robot_is_read() {
        Node robot = robot(new WbtTree(generated));
        assertThat(robot.numbers("translation")).containsExactly(map.dock().x(), map.dock().y(),
                ApartmentWorld.CREATE_ORIGIN_HEIGHT);
        List<Double> rotation = robot.numbers("rotation");
        assertThat(rotation.subList(0, 3)).containsExactly(0.0, 0.0, 1.0);
        assertThat(rotation.get(3)).isCloseTo(map.dock().theta(), org.assertj.core.data.Offset.offset(1e-4));
        List<String> devices = robot.nodes("bodySlot").stream().map(n -> n.type() + ":" + n.text("name").orElseThrow()).toList();
        assertThat(devices).containsExactlyInAnyOrder("Camera:" + CreateSpec.CAMERA, "Lidar:" + CreateSpec.LIDAR,
                "GPS:" + CreateSpec.GPS, "InertialUnit:" + CreateSpec.INERTIAL_UNIT);
        Node lidar = robot.nodes("bodySlot").stream().filter(n -> n.type().equals("Lidar")).findFirst().orElseThrow();
        assertThat(lidar.numbers("fieldOfView").get(0)).isLessThanOrEqualTo(2 * Math.PI);
        assertThat(robot.fields().get("controllerArgs")).asList().isNotEmpty();
    }

    @Test
    void should_stand_solids_exactly_on_the_grids_walls_and_obstacles_when_read_back() {
        List<Footprint> blocking = footprints(new WbtTree(generated)).stream().filter(Footprint::atRobotHeight)
                .filter(f -> f.name().startsWith("wall ") || map.object(f.name()).map(WorldObject::obstacle).orElse(false))
                .toList();
        OccupancyGrid grid = map.grid();
        List<String> mismatches = new ArrayList<>();
        for (int iy = 0; iy < grid.height(); iy++) {
            for (int ix = 0; ix < grid.width(); ix++) {
                Point c = grid.centerOf(new dev.rosie.core.world.Cell(ix, iy));
                boolean occupied = grid.get(ix, iy) == OccupancyGrid.OCCUPIED;
                boolean solid = blocking.stream().anyMatch(f -> f.contains(c));
                if (occupied != solid && mismatches.size() < 10) {
                    mismatches.add(c + (occupied ? " occupied in the grid, free in the world" : " free in the grid, solid in the world"));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void should_close_closed_doors_with_a_named_leaf_and_leave_open_ones_open() {
        List<Footprint> all = footprints(new WbtTree(generated));
        for (Door d : map.doors()) {
            boolean leaf = all.stream().anyMatch(f -> f.name().equals(d.name()) && f.atRobotHeight() && f.collides()
                    && f.contains(d.midpoint()));
            assertThat(leaf).as(d.name() + (d.open() ? " is open: no leaf" : " is closed: a leaf")).isEqualTo(!d.open());
        }
    }

    @Test
    void should_drop_the_floor_away_at_the_stairs_and_nowhere_else() {
        List<Footprint> all = footprints(new WbtTree(generated));
        OccupancyGrid grid = map.grid();
        for (int iy = 0; iy < grid.height(); iy += 3) {
            for (int ix = 0; ix < grid.width(); ix += 3) {
                Point c = grid.centerOf(new dev.rosie.core.world.Cell(ix, iy));
                boolean floor = map.roomAt(c).isPresent();
                boolean stairs = map.zone("stairs").orElseThrow().area().contains(c);
                if (!floor && !stairs) {
                    continue;
                }
                double top = all.stream().filter(f -> f.collides() && f.top() <= 0.001 && f.contains(c))
                        .mapToDouble(Footprint::top).max().orElse(Double.NEGATIVE_INFINITY);
                if (stairs) {
                    // Deeper than a Create cliff sensor reaches (0.2 m from 4.4 cm above the floor).
                    assertThat(top).as("stairs at " + c).isLessThan(-0.16);
                } else {
                    assertThat(top).as("floor at " + c).isEqualTo(0.0);
                }
            }
        }
    }

    @Test
    void should_go_down_step_by_step_away_from_the_hallway_when_entering_the_stairs() {
        List<Footprint> all = footprints(new WbtTree(generated));
        // The stairs open west onto the hallway's east end (x = 12): the first step is one rise down, the next two.
        double first = topAt(all, new Point(12.1, 7.25));
        double second = topAt(all, new Point(12.35, 7.25));
        double last = topAt(all, new Point(13.9, 7.25));
        assertThat(first).isEqualTo(-ApartmentWorld.STEP_RISE, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(second).isEqualTo(-2 * ApartmentWorld.STEP_RISE, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(last).isLessThan(second);
        assertThat(topAt(all, new Point(11.9, 7.25))).isZero();
    }

    private static double topAt(List<Footprint> all, Point p) {
        return all.stream().filter(f -> f.collides() && f.top() <= 0.001 && f.contains(p)).mapToDouble(Footprint::top).max()
                .orElse(Double.NEGATIVE_INFINITY);
    }

    private static Node robot(WbtTree tree) {
        return tree.roots.stream().filter(n -> n.type().equals("Create")).findFirst().orElseThrow();
    }

    /** A solid's box seen from above, with its height span. */
    record Footprint(String name, double cx, double cy, double yaw, double sx, double sy, double bottom, double top,
            boolean collides) {
        boolean contains(Point p) {
            double dx = p.x() - cx;
            double dy = p.y() - cy;
            double u = dx * Math.cos(yaw) + dy * Math.sin(yaw);
            double v = -dx * Math.sin(yaw) + dy * Math.cos(yaw);
            return Math.abs(u) < sx / 2 && Math.abs(v) < sy / 2;
        }

        boolean atRobotHeight() {
            return bottom < 0.1 && top > 0.02;
        }
    }

    static List<Footprint> footprints(WbtTree tree) {
        List<Footprint> out = new ArrayList<>();
        for (Node solid : tree.roots) {
            if (!solid.type().equals("Solid")) {
                continue;
            }
            List<Double> t = solid.numbers("translation");
            List<Double> r = solid.numbers("rotation");
            double yaw = r.isEmpty() ? 0 : r.get(3) * Math.signum(r.get(2));
            for (Node pose : solid.nodes("children")) {
                double dz = pose.numbers("translation").get(2);
                for (Node shape : pose.nodes("children")) {
                    Node geometry = shape.node("geometry").orElseThrow();
                    if (!geometry.type().equals("Box")) {
                        continue;
                    }
                    List<Double> size = geometry.numbers("size");
                    double centre = t.get(2) + dz;
                    out.add(new Footprint(solid.text("name").orElseThrow(), t.get(0), t.get(1), yaw, size.get(0), size.get(1),
                            centre - size.get(2) / 2, centre + size.get(2) / 2, solid.fields().containsKey("boundingObject")));
                }
            }
        }
        return out;
    }
}
