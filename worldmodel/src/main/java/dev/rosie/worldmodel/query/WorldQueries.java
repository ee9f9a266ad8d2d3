package dev.rosie.worldmodel.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rosie.core.world.Cell;
import dev.rosie.core.world.CleaningOutcome;
import dev.rosie.core.world.CleaningRun;
import dev.rosie.core.world.HistoryEvent;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.worldmodel.store.SqliteWorldModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Answers {@link Question}s from the world model's log: the cleaning runs and their cells, the
 * event history, the sightings and the map. Nothing is guessed; when the log holds nothing, the
 * answer says so. Times are stated in the injected zone, relative to the injected clock's "now".
 * Where-is questions about things live in {@link Whereabouts}.
 */
public final class WorldQueries {
    /** A day's summary names at most this many runs, then counts the rest: the answer is one line. */
    static final int MAX_RUNS_NAMED = 6;

    private final SqliteWorldModel world;
    private final Clock clock;
    private final ZoneId zone;
    private final ObjectMapper json = new ObjectMapper();

    public WorldQueries(SqliteWorldModel world, Clock clock, ZoneId zone) {
        this.world = Objects.requireNonNull(world, "world");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public Answer answer(Question question) {
        return switch (Objects.requireNonNull(question, "question")) {
            case Question.LastCleaned q -> lastCleaned(q.room());
            case Question.NotCleanedToday q -> notCleanedToday();
            case Question.WhereIs q -> whereIs(q.thing());
            case Question.WhatDidYouDo q -> whatDidYouDo(switch (q.day()) {
                case TODAY -> phrases().today();
                case YESTERDAY -> phrases().today().minusDays(1);
            });
        };
    }

    /** When {@code roomName} was last cleaned to completion, how much of it, and whether a later run stopped short. */
    public Answer lastCleaned(String roomName) {
        TimePhrases t = phrases();
        HomeMap map = world.map();
        String name = QuestionMatcher.bareName(roomName);
        Optional<Room> room = map.room(name);
        if (room.isEmpty()) {
            return new Answer.Unknown(name, "I don't know a room called '" + name + "'; the rooms are "
                    + Whereabouts.list(map.roomNames()) + ".");
        }
        String r = room.get().name();
        Optional<CleaningRun> done = world.lastCompletedCleaning(r);
        Optional<CleaningRun> later = world.lastCleaning(r).filter(run -> run.outcome() != CleaningOutcome.COMPLETED)
                .filter(run -> done.isEmpty() || run.end().isAfter(done.get().end()));
        Optional<Double> coverage = done.map(run -> coverage(map.grid(), room.get(), run));
        StringBuilder text = new StringBuilder();
        if (done.isPresent()) {
            CleaningRun run = done.get();
            text.append("I last cleaned the ").append(r).append(' ').append(t.when(run.end())).append(" (")
                    .append(t.ago(run.end())).append("), covering ").append(Math.round(coverage.orElseThrow() * 100))
                    .append("% of its floor.");
            later.ifPresent(l -> text.append(" A later run ").append(t.when(l.start())).append(' ').append(ended(l)).append('.'));
        } else if (later.isPresent()) {
            text.append("I haven't finished cleaning the ").append(r).append(" yet: the last attempt, ")
                    .append(t.when(later.get().start())).append(", ").append(ended(later.get())).append('.');
        } else {
            text.append("I have no record of cleaning the ").append(r).append('.');
        }
        return new Answer.LastCleaned(r, done, later, coverage, text.toString());
    }

    /** The rooms with no completed cleaning since midnight today, local time. */
    public Answer notCleanedToday() {
        TimePhrases t = phrases();
        LocalDate today = t.today();
        Instant midnight = t.startOf(today);
        WorldSnapshot snapshot = world.snapshot();
        List<String> notCleaned = new ArrayList<>();
        Map<String, Instant> cleaned = new LinkedHashMap<>();
        for (String room : snapshot.map().roomNames()) {
            Optional<Instant> last = snapshot.lastCleaned(room).filter(at -> !at.isBefore(midnight));
            last.ifPresentOrElse(at -> cleaned.put(room, at), () -> notCleaned.add(room));
        }
        String day = " today (" + t.day(today) + ")";
        String text;
        if (cleaned.isEmpty()) {
            text = "I haven't cleaned any room yet" + day + ": " + Whereabouts.list(notCleaned) + " are all still to do.";
        } else if (notCleaned.isEmpty()) {
            text = "Every room has been cleaned" + day + ": " + cleanedList(cleaned, t) + ".";
        } else {
            text = "Not cleaned yet" + day + ": " + Whereabouts.list(notCleaned) + ". Cleaned: " + cleanedList(cleaned, t) + ".";
        }
        return new Answer.NotCleaned(today, notCleaned, cleaned, text);
    }

    /** Where a thing, a room, a person or pet, the dock, or the robot itself is. */
    public Answer whereIs(String thing) {
        return new Whereabouts(world.snapshot(), world.lastSightings(), world.options().sightingMaxAge(), phrases()).find(thing);
    }

    /** The cleaning runs that ended on {@code day} and the commands and refusals in the history that day. */
    public Answer whatDidYouDo(LocalDate day) {
        TimePhrases t = phrases();
        Instant from = t.startOf(day);
        Instant to = t.startOf(day.plusDays(1));
        List<CleaningRun> runs = world.cleaningRuns(from, to);
        int commands = 0;
        // One refusal per command, whether the planner or the guard said no (or both did).
        Map<String, String> refused = new LinkedHashMap<>();
        List<String> maps = new ArrayList<>();
        List<HistoryEvent> events = world.history(from, to);
        for (int i = 0; i < events.size(); i++) {
            HistoryEvent e = events.get(i);
            JsonNode detail = parse(e.detail());
            String command = e.commandId().map(id -> id.value()).orElse("#" + i);
            switch (e.kind()) {
                case "command" -> commands++;
                case "verdict" -> {
                    if ("refused".equals(detail.path("decision").asText())) {
                        refused.putIfAbsent(command, detail.path("rule").asText("a rule"));
                    }
                }
                case "plan" -> {
                    if (detail.has("refused")) {
                        refused.putIfAbsent(command, detail.path("rule").asText("the planner's judgement"));
                    }
                }
                case "map" -> maps.add(detail.path("name").asText("a map"));
                default -> { }
            }
        }
        List<String> refusals = List.copyOf(refused.values());
        String label = day.equals(t.today()) ? "Today" : day.equals(t.today().minusDays(1)) ? "Yesterday" : "On";
        StringBuilder text = new StringBuilder(label.equals("On") ? "On " + t.day(day) : label + " (" + t.day(day) + ")");
        List<String> parts = new ArrayList<>();
        if (!runs.isEmpty()) {
            parts.add("I cleaned " + runList(runs, t));
        }
        if (!maps.isEmpty()) {
            parts.add("I was given a new map (" + String.join(", ", maps) + ")");
        }
        if (commands > 0) {
            parts.add((runs.isEmpty() ? "I cleaned nothing; " : "") + "I had " + TimePhrases.plural(commands, "command")
                    + (refusals.isEmpty() ? "" : " and refused " + refusals.size() + " (" + String.join(", ", refusals) + ")"));
        }
        if (parts.isEmpty()) {
            text.append(" I did nothing: no commands and no cleaning.");
        } else {
            text.append(' ').append(String.join("; ", parts)).append('.');
        }
        return new Answer.DaySummary(day, runs, commands, refusals, text.toString());
    }

    private TimePhrases phrases() {
        return new TimePhrases(zone, clock.instant());
    }

    /** The share of the room's free floor cells the run cleaned. */
    static double coverage(OccupancyGrid grid, Room room, CleaningRun run) {
        Set<Cell> floor = new HashSet<>();
        for (Cell c : grid.cellsInside(room.area())) {
            if (grid.isFree(c)) {
                floor.add(c);
            }
        }
        if (floor.isEmpty()) {
            return 0;
        }
        long covered = run.cells().stream().filter(floor::contains).count();
        return (double) covered / floor.size();
    }

    private static String ended(CleaningRun run) {
        return switch (run.outcome()) {
            case COMPLETED -> "was completed";
            case INTERRUPTED -> "was interrupted";
            case FAILED -> "failed";
        };
    }

    private static String cleanedList(Map<String, Instant> cleaned, TimePhrases t) {
        return Whereabouts.list(cleaned.entrySet().stream().map(e -> e.getKey() + " (" + t.clock(e.getValue()) + ")").toList());
    }

    private static String runList(List<CleaningRun> runs, TimePhrases t) {
        List<String> named = new ArrayList<>();
        for (CleaningRun run : runs.subList(0, Math.min(runs.size(), MAX_RUNS_NAMED))) {
            named.add("the " + run.room() + " (" + t.clock(run.start()) + "-" + t.clock(run.end())
                    + (run.outcome() == CleaningOutcome.COMPLETED ? "" : ", " + run.outcome().wireName()) + ")");
        }
        if (runs.size() > MAX_RUNS_NAMED) {
            named.add(TimePhrases.plural(runs.size() - MAX_RUNS_NAMED, "more run"));
        }
        return Whereabouts.list(named);
    }

    /** History details are JSON written by the journal; anything else reads as an empty object. */
    private JsonNode parse(String detail) {
        try {
            JsonNode n = detail.startsWith("{") ? json.readTree(detail) : null;
            return n == null ? json.createObjectNode() : n;
        } catch (Exception e) {
            return json.createObjectNode();
        }
    }

    static Duration age(Instant then, Instant now) {
        return Duration.between(then, now).isNegative() ? Duration.ZERO : Duration.between(then, now);
    }
}
