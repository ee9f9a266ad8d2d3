package dev.rosie.perception.vision;

import dev.rosie.core.perception.Observation;
import dev.rosie.core.perception.PersonSeen;
import dev.rosie.core.perception.TextSeen;
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes observations into the world model through its port. A person becomes a {@link Sighting}
 * (kind person, provenance {@code camera/hog}) in the room their estimated position falls in; one
 * whose estimate lands outside every room is placed in the robot's own room, since the camera cannot
 * see through walls and the range estimate is rough. Text becomes an untrusted note carrying its
 * camera source, never a command; the same text read again within {@code repeatAfter} is not stored
 * twice, so a sign in view does not flood the notes.
 *
 * <p>People get the names {@code camera person 1}, {@code 2}, ... in the frame's order: the camera
 * cannot tell who someone is, and the world keeps the newest sighting per name.
 *
 * <p>Not thread-safe; one looker owns it.
 */
public final class ObservationRecorder {
    public static final String PERSON_NAME = "camera person";

    private final WorldModel world;
    private final HomeMap map;
    private final Duration repeatAfter;
    private final Map<String, Instant> textsStored = new HashMap<>();

    /** What one call stored, and what it left out and why. */
    public record Recorded(List<Sighting> sightings, List<TextSeen> notes, List<String> skipped) {
        public Recorded {
            sightings = List.copyOf(sightings);
            notes = List.copyOf(notes);
            skipped = List.copyOf(skipped);
        }
    }

    public ObservationRecorder(WorldModel world, HomeMap map, Duration repeatAfter) {
        this.world = Objects.requireNonNull(world, "world");
        this.map = Objects.requireNonNull(map, "map");
        this.repeatAfter = Objects.requireNonNull(repeatAfter, "repeatAfter");
        if (repeatAfter.isNegative()) {
            throw new IllegalArgumentException("repeatAfter must not be negative, not " + repeatAfter);
        }
    }

    public Recorded record(List<? extends Observation> observations) {
        List<Sighting> sightings = new ArrayList<>();
        List<TextSeen> notes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int person = 0;
        for (Observation o : observations) {
            switch (o) {
                case PersonSeen p -> {
                    person++;
                    Optional<Sighting> s = sighting(p, PERSON_NAME + " " + person);
                    if (s.isPresent()) {
                        world.recordSighting(s.get());
                        sightings.add(s.get());
                    } else {
                        skipped.add("a person seen from " + p.from() + " is in no room of the map");
                    }
                }
                case TextSeen t -> {
                    // Forget texts old enough to be stored again, so the memory stays as small as the view.
                    textsStored.values().removeIf(at -> t.when().isAfter(at.plus(repeatAfter)));
                    Instant last = textsStored.get(t.text());
                    if (last != null && !t.when().isAfter(last.plus(repeatAfter))) {
                        skipped.add("'" + t.text() + "' was stored at " + last);
                        continue;
                    }
                    String origin = map.roomAt(t.from().position()).map(r -> "the " + r.name() + ", ").orElse("") + t.where();
                    // The source says camera, untrusted: the world model keeps it as data only.
                    world.addNote(t.text(), origin, t.source(), t.when());
                    textsStored.put(t.text(), t.when());
                    notes.add(t);
                }
            }
        }
        return new Recorded(sightings, notes, skipped);
    }

    private Optional<Sighting> sighting(PersonSeen p, String name) {
        Point at = p.position();
        Optional<Room> room = map.roomAt(at).or(() -> map.roomAt(p.from().position()));
        return room.map(r -> new Sighting(name, BeingKind.PERSON, at, r.name(), p.when(), p.provenance(), false));
    }
}
