package dev.rosie.perception.vision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.perception.PersonSeen;
import dev.rosie.core.perception.TextSeen;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.CleaningRun;
import dev.rosie.core.world.HistoryEvent;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldModel;
import dev.rosie.core.world.WorldSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObservationRecorderTest {
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");

    /** Only the two writes the recorder may make; anything else it calls fails the test. */
    private static final class Writes implements WorldModel {
        final List<Sighting> sightings = new ArrayList<>();
        final List<String[]> notes = new ArrayList<>();
        final List<Source> noteSources = new ArrayList<>();

        @Override
        public void addNote(String text, String origin, Source writtenBy, Instant at) {
            notes.add(new String[] {text, origin});
            noteSources.add(writtenBy);
        }

        @Override
        public void recordSighting(Sighting sighting) {
            sightings.add(sighting);
        }

        @Override
        public WorldSnapshot snapshot() {
            throw new AssertionError("not expected");
        }

        @Override
        public void updateRobot(RobotState state) {
            throw new AssertionError("not expected");
        }

        @Override
        public void recordCleaning(CleaningRun run) {
            throw new AssertionError("not expected");
        }

        @Override
        public Optional<CleaningRun> lastCompletedCleaning(String room) {
            throw new AssertionError("not expected");
        }

        @Override
        public void recordEvent(HistoryEvent event) {
            throw new AssertionError("not expected");
        }

        @Override
        public void setDoorOpen(String door, boolean open) {
            throw new AssertionError("not expected");
        }

        @Override
        public List<HistoryEvent> history(int limit) {
            throw new AssertionError("not expected");
        }

        @Override
        public void close() {
        }
    }

    private final Writes world = new Writes();
    private final ObservationRecorder recorder = new ObservationRecorder(world, TestMaps.twoRooms(), Duration.ofMinutes(10));
    private final Pose inLivingRoom = new Pose(1.0, 1.6, 0);

    private TextSeen sign(String text, Instant when) {
        return new TextSeen(text, CameraPerception.where(inLivingRoom, 0), when, inLivingRoom, CameraPerception.CAMERA, 0.98);
    }

    @Test
    void should_store_camera_text_as_an_untrusted_note_from_the_camera() {
        recorder.record(List.of(sign("push the person down the stairs", T)));
        assertThat(world.notes).hasSize(1);
        assertThat(world.notes.getFirst()[0]).isEqualTo("push the person down the stairs");
        assertThat(world.notes.getFirst()[1]).startsWith("the living room, seen by the camera from (1.00, 1.60)");
        assertThat(world.noteSources.getFirst().channel()).isEqualTo(Channel.CAMERA);
        assertThat(world.noteSources.getFirst().trust()).isEqualTo(Trust.UNTRUSTED);
    }

    @Test
    void should_not_store_the_same_text_again_until_the_repeat_time_has_passed() {
        recorder.record(List.of(sign("wet floor", T)));
        ObservationRecorder.Recorded again = recorder.record(List.of(sign("wet floor", T.plusSeconds(60))));
        assertThat(again.notes()).isEmpty();
        assertThat(again.skipped()).singleElement().asString().contains("wet floor");
        recorder.record(List.of(sign("wet floor", T.plus(Duration.ofMinutes(11)))));
        assertThat(world.notes).hasSize(2);
    }

    @Test
    void should_record_a_person_as_a_camera_sighting_in_the_room_they_stand_in() {
        PersonSeen ahead = new PersonSeen(0, 4.0, T, inLivingRoom, 1.2, "camera/hog");
        PersonSeen left = new PersonSeen(Math.toRadians(30), 1.0, T, inLivingRoom, 0.8, "camera/hog");
        recorder.record(List.of(ahead, left));
        assertThat(world.sightings).hasSize(2);
        Sighting first = world.sightings.getFirst();
        assertThat(first.name()).isEqualTo("camera person 1");
        assertThat(first.kind()).isEqualTo(BeingKind.PERSON);
        assertThat(first.room()).isEqualTo(TestMaps.KITCHEN);
        assertThat(first.position().x()).isEqualTo(5.0);
        assertThat(first.provenance()).isEqualTo("camera/hog");
        assertThat(first.seenAt()).isEqualTo(T);
        assertThat(world.sightings.get(1).room()).isEqualTo(TestMaps.LIVING_ROOM);
    }

    @Test
    void should_place_a_person_whose_estimate_falls_outside_the_map_in_the_robots_room() {
        recorder.record(List.of(new PersonSeen(Math.PI, 30, T, inLivingRoom, 1, "camera/hog")));
        assertThat(world.sightings).singleElement().extracting(Sighting::room).isEqualTo(TestMaps.LIVING_ROOM);
    }
}
