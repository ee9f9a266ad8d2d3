package dev.rosie.launch.camera;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.ManualClock;
import dev.rosie.core.perception.PersonSeen;
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import dev.rosie.launch.wiring.Vision;
import dev.rosie.perception.vision.CameraPerception;
import dev.rosie.sim.CameraConfig;
import dev.rosie.sim.Resident;
import dev.rosie.sim.SimConfig;
import dev.rosie.sim.SimDriver;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * People in the simulator's camera, found by the real HOG detector: a resident standing 1.5-4 m away
 * at bearings across the view is reported as a {@link PersonSeen} near where they truly are, and
 * frames with nobody in them (walls, furniture, a door, a sign, the cat) report no one. The sweep's
 * figures go to {@code target/bench/person-sweep.json}.
 *
 * <p>The sweep uses {@link CameraConfig#MAST}: the default camera, 25 cm up and level, cannot see a
 * standing adult's head nearer than about 3.4 m, so it is swept separately (1.5-6 m) for the record,
 * asserting only what its geometry allows.
 */
class PersonSeenIT {
    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");
    private static final Pose ROBOT = new Pose(0.6, 3.6, 0);
    private static HomeMap map;
    private static CameraPerception mast;
    private static CameraPerception standard;

    @BeforeAll
    static void load() {
        map = new RosieMapLoader(Clock.fixed(T0, ZoneOffset.UTC)).referenceApartment().map();
        mast = Vision.load(CameraConfig.MAST.horizontalFov());
        standard = Vision.load(CameraConfig.DEFAULT.horizontalFov());
    }

    @AfterAll
    static void close() {
        mast.close();
        standard.close();
    }

    private record Sample(double distance, double bearingDeg, Optional<PersonSeen> seen, int people) {
        double bearingError() {
            return Math.abs(Math.toDegrees(seen.orElseThrow().bearing()) - bearingDeg);
        }

        double distanceError() {
            return Math.abs(seen.orElseThrow().distance() - distance) / distance;
        }
    }

    private static List<PersonSeen> people(CameraPerception eyes, CameraConfig camera, Pose pose, List<Resident> residents,
            Optional<String> sign) {
        SimDriver sim = new SimDriver(map, residents, pose, SimConfig.exact().withCamera(camera),
                new ManualClock(T0, ZoneOffset.UTC));
        sign.ifPresent(text -> sim.placeSign(text, new Point(pose.x() + 1.5 * Math.cos(pose.theta()),
                pose.y() + 1.5 * Math.sin(pose.theta())), pose.theta() + Math.PI));
        return eyes.look(sim.camera().orElseThrow()).stream()
                .filter(PersonSeen.class::isInstance).map(PersonSeen.class::cast).toList();
    }

    private static Sample standAt(CameraPerception eyes, CameraConfig camera, double distance, double bearingDeg) {
        double b = Math.toRadians(bearingDeg);
        Point at = new Point(ROBOT.x() + distance * Math.cos(b), ROBOT.y() + distance * Math.sin(b));
        List<PersonSeen> seen = people(eyes, camera, ROBOT, List.of(new Resident("alex", BeingKind.PERSON, at, true)),
                Optional.empty());
        Optional<PersonSeen> nearest = seen.stream()
                .min(Comparator.comparingDouble(p -> Math.abs(p.bearing() - b)));
        return new Sample(distance, bearingDeg, nearest, seen.size());
    }

    @Test
    void should_report_a_resident_in_view_at_one_and_a_half_to_four_metres_near_where_they_stand() throws IOException {
        List<Sample> sweep = new ArrayList<>();
        for (double d : new double[] {1.5, 2.0, 2.5, 3.0, 3.5, 4.0}) {
            for (double b : new double[] {-20, -10, 0, 10, 20}) {
                sweep.add(standAt(mast, CameraConfig.MAST, d, b));
            }
        }
        List<Sample> standardSweep = new ArrayList<>();
        for (double d : new double[] {1.5, 2.0, 3.0, 4.0, 5.0, 6.0}) {
            for (double b : new double[] {-10, 0, 10}) {
                standardSweep.add(standAt(standard, CameraConfig.DEFAULT, d, b));
            }
        }
        writeFigures(sweep, standardSweep);

        List<Sample> found = sweep.stream().filter(s -> s.seen().isPresent()).toList();
        assertThat(found.size()).as("people found in the mast camera's sweep: %s", sweep)
                .isGreaterThanOrEqualTo(sweep.size() * 9 / 10);
        assertThat(found).allSatisfy(s -> {
            assertThat(s.bearingError()).as("bearing error at %s", s).isLessThanOrEqualTo(10);
            assertThat(s.distanceError()).as("distance error at %s", s).isLessThanOrEqualTo(0.3);
            assertThat(s.people()).as("one person, one report: %s", s).isEqualTo(1);
        });
        // The default camera: nobody's head is in its frame nearer than ~3.4 m; from 4 m on it finds them.
        assertThat(standardSweep.stream().filter(s -> s.distance() >= 4))
                .allSatisfy(s -> assertThat(s.seen()).as("default camera at %s", s).isPresent());
    }

    @Test
    void should_report_no_one_when_only_walls_furniture_a_door_a_sign_or_the_cat_are_in_view() {
        List<Pose> poses = List.of(
                new Pose(1.3, 4.6, Math.PI / 2),    // the sofa against the living room's north wall
                new Pose(3.5, 4.0, 0.6),            // the dining table
                new Pose(2.0, 7.25, Math.PI),       // the hallway's front door
                new Pose(9.0, 4.0, -Math.PI / 2),   // the kitchen counter wall
                new Pose(2.0, 9.0, Math.PI),        // the bedroom wall and bed
                ROBOT);
        List<Resident> cat = List.of(new Resident("miso", BeingKind.PET, new Point(2.1, 3.6), true));
        for (CameraPerception eyes : List.of(mast, standard)) {
            CameraConfig camera = eyes == mast ? CameraConfig.MAST : CameraConfig.DEFAULT;
            for (Pose pose : poses) {
                assertThat(people(eyes, camera, pose, List.of(), Optional.empty())).as("nobody at %s", pose).isEmpty();
            }
            assertThat(people(eyes, camera, ROBOT, List.of(), Optional.of("PLEASE KNOCK BEFORE ENTERING")))
                    .as("a sign").isEmpty();
            assertThat(people(eyes, camera, ROBOT, cat, Optional.empty())).as("the cat 1.5 m ahead").isEmpty();
        }
    }

    private static void writeFigures(List<Sample> mastSweep, List<Sample> standardSweep) throws IOException {
        StringBuilder json = new StringBuilder("{\n  \"benchmark\": \"person-sweep\",\n");
        json.append("  \"detector\": \"OpenCV HOG default people detector, weight >= 0.5, frames enlarged to 480 rows\",\n");
        appendSweep(json, "mast_320x240_90deg_0.9m", mastSweep);
        json.append(",\n");
        appendSweep(json, "default_320x240_60deg_0.25m", standardSweep);
        json.append("\n}\n");
        Path out = Path.of("target", "bench", "person-sweep.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        System.out.print(json);
    }

    private static void appendSweep(StringBuilder json, String name, List<Sample> sweep) {
        long found = sweep.stream().filter(s -> s.seen().isPresent()).count();
        double maxBearing = sweep.stream().filter(s -> s.seen().isPresent()).mapToDouble(Sample::bearingError).max().orElse(0);
        double maxDistance = sweep.stream().filter(s -> s.seen().isPresent()).mapToDouble(Sample::distanceError).max().orElse(0);
        json.append(String.format(Locale.ROOT, "  \"%s\": {\"frames\": %d, \"found\": %d, \"max_bearing_error_deg\": %.1f,"
                + " \"max_distance_error\": %.2f, \"samples\": [", name, sweep.size(), found, maxBearing, maxDistance));
        for (int i = 0; i < sweep.size(); i++) {
            Sample s = sweep.get(i);
            json.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
                    "    {\"distance_m\": %.1f, \"bearing_deg\": %.0f, \"found\": %b%s}", s.distance(), s.bearingDeg(),
                    s.seen().isPresent(), s.seen().map(p -> String.format(Locale.ROOT,
                            ", \"seen_bearing_deg\": %.1f, \"seen_distance_m\": %.2f, \"weight\": %.2f",
                            Math.toDegrees(p.bearing()), p.distance(), p.confidence())).orElse("")));
        }
        json.append("\n  ]}");
    }
}
