package dev.rosie.worldmodel.query;

import dev.rosie.core.world.CleaningRun;
import dev.rosie.core.world.Point;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link WorldQueries} found, as data for a planner and as one sentence for a person
 * ({@link #text()}, times in the household's zone). {@link Unknown} is an answer too: the question
 * named nothing the map knows, and the text says what it does know.
 */
public sealed interface Answer {

    String text();

    /**
     * @param lastCompleted the latest run that finished the room
     * @param later a run after that one that did not finish (interrupted or failed), if any
     * @param coverage the share of the room's free floor the completed run covered, 0 to 1
     */
    record LastCleaned(String room, Optional<CleaningRun> lastCompleted, Optional<CleaningRun> later,
            Optional<Double> coverage, String text) implements Answer {
        public LastCleaned {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(lastCompleted, "lastCompleted");
            Objects.requireNonNull(later, "later");
            Objects.requireNonNull(coverage, "coverage");
            Objects.requireNonNull(text, "text");
        }
    }

    /** @param cleaned each room cleaned to completion on {@code day}, with the end of its latest run */
    record NotCleaned(LocalDate day, List<String> notCleaned, Map<String, Instant> cleaned, String text) implements Answer {
        public NotCleaned {
            Objects.requireNonNull(day, "day");
            notCleaned = List.copyOf(notCleaned);
            cleaned = Map.copyOf(cleaned);
            Objects.requireNonNull(text, "text");
        }
    }

    /** What kind of thing a location answer is about. */
    enum Kind {
        OBJECT,
        ROOM,
        DOOR,
        ZONE,
        DOCK,
        PERSON_OR_PET,
        ROBOT
    }

    /**
     * @param room the room it is in, when it is in one
     * @param seenAt for a person or pet, when the position was observed (or assumed, from the map)
     * @param stale the observation is older than the world model's fade time
     */
    record Location(String name, Kind kind, Point position, Optional<String> room, Optional<Instant> seenAt,
            Optional<Duration> age, boolean stale, String text) implements Answer {
        public Location {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(seenAt, "seenAt");
            Objects.requireNonNull(age, "age");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * @param runs cleaning runs that ended that day, oldest first
     * @param commands commands received that day
     * @param refusals the rule behind each refused command
     */
    record DaySummary(LocalDate day, List<CleaningRun> runs, int commands, List<String> refusals, String text) implements Answer {
        public DaySummary {
            Objects.requireNonNull(day, "day");
            runs = List.copyOf(runs);
            refusals = List.copyOf(refusals);
            Objects.requireNonNull(text, "text");
        }
    }

    /** The question named {@code name}, which the map does not know. */
    record Unknown(String name, String text) implements Answer {
        public Unknown {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
        }
    }
}
