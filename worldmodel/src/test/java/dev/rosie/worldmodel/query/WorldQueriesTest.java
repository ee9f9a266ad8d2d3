package dev.rosie.worldmodel.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.ManualClock;
import dev.rosie.core.command.Channel;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.Cell;
import dev.rosie.core.world.CleaningOutcome;
import dev.rosie.core.world.CleaningRun;
import dev.rosie.core.world.HistoryEvent;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.Sighting;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import dev.rosie.worldmodel.store.SqliteWorldModel;
import dev.rosie.worldmodel.store.StoreOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers come from the log, in local time: Berlin is UTC+1 in March, so 08:00Z reads 09:00. */
class WorldQueriesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Sunday 1 March 2026, 09:00 in Berlin. */
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Source ALEX = new Source(Channel.VOICE, "alex", Trust.OWNER);

    @TempDir
    Path dataDir;

    private final ManualClock clock = new ManualClock(T0, BERLIN);
    private final LoadedMap apartment = new RosieMapLoader(clock).referenceApartment();
    private SqliteWorldModel world;
    private WorldQueries queries;

    private void open(StoreOptions options) {
        world = SqliteWorldModel.open(dataDir, apartment, clock, options);
        queries = new WorldQueries(world, clock, BERLIN);
    }

    @AfterEach
    void close() {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void should_say_when_a_room_was_last_cleaned_in_local_time_with_its_coverage() {
        open(StoreOptions.defaults());
        Set<Cell> floor = floor("kitchen");
        Set<Cell> half = floor.stream().sorted((a, b) -> a.iy() != b.iy() ? a.iy() - b.iy() : a.ix() - b.ix())
                .limit(floor.size() / 2).collect(Collectors.toSet());
        world.recordCleaning(run("c-1", "kitchen", T0.minus(Duration.ofHours(1)), CleaningOutcome.COMPLETED, half));
        world.recordCleaning(run("c-2", "kitchen", T0, CleaningOutcome.COMPLETED, floor));
        clock.advance(Duration.ofMinutes(35));

        Answer.LastCleaned a = (Answer.LastCleaned) queries.lastCleaned("the Kitchen");

        assertThat(a.text()).isEqualTo("I last cleaned the kitchen today at 09:10 (25 minutes ago), covering 100% of its floor.");
        assertThat(a.lastCompleted().orElseThrow().commandId()).isEqualTo(new CommandId("c-2"));
        assertThat(a.later()).isEmpty();
        assertThat(((Answer.LastCleaned) queries.lastCleaned("kitchen")).coverage()).contains(1.0);

        world.recordCleaning(run("c-3", "kitchen", T0.plus(Duration.ofMinutes(20)), CleaningOutcome.INTERRUPTED, Set.of()));
        assertThat(queries.lastCleaned("kitchen").text()).endsWith("of its floor. A later run today at 09:20 was interrupted.");
    }

    @Test
    void should_say_honestly_when_a_room_was_never_finished_or_never_cleaned() {
        open(StoreOptions.defaults());
        world.recordCleaning(run("c-1", "bathroom", T0.minus(Duration.ofDays(1)), CleaningOutcome.FAILED, Set.of()));

        assertThat(queries.lastCleaned("bathroom").text())
                .isEqualTo("I haven't finished cleaning the bathroom yet: the last attempt, yesterday at 09:00, failed.");
        assertThat(queries.lastCleaned("bedroom").text()).isEqualTo("I have no record of cleaning the bedroom.");
        Answer unknown = queries.lastCleaned("garage");
        assertThat(unknown).isInstanceOf(Answer.Unknown.class);
        assertThat(unknown.text()).startsWith("I don't know a room called 'garage'; the rooms are hallway, living room, kitchen");
    }

    @Test
    void should_count_today_from_local_midnight_not_utc() {
        open(StoreOptions.defaults());
        // 23:20-23:30 UTC on 28 February is 00:20-00:30 on 1 March in Berlin: today, locally.
        world.recordCleaning(run("c-1", "kitchen", Instant.parse("2026-02-28T23:20:00Z"), CleaningOutcome.COMPLETED, Set.of()));
        // 22:40-22:50 UTC is 23:40-23:50 on 28 February in Berlin: yesterday.
        world.recordCleaning(run("c-2", "living room", Instant.parse("2026-02-28T22:40:00Z"), CleaningOutcome.COMPLETED, Set.of()));
        world.recordCleaning(run("c-3", "office", T0, CleaningOutcome.INTERRUPTED, Set.of()));

        Answer.NotCleaned a = (Answer.NotCleaned) queries.notCleanedToday();

        assertThat(a.day()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(a.cleaned()).containsOnlyKeys("kitchen");
        assertThat(a.notCleaned()).containsExactly("hallway", "living room", "bedroom", "nursery", "bathroom", "office", "balcony");
        assertThat(a.text()).isEqualTo("Not cleaned yet today (Sunday 1 March): hallway, living room, bedroom, nursery, bathroom, "
                + "office and balcony. Cleaned: kitchen (00:30).");
        assertThat(queries.lastCleaned("living room").text()).startsWith("I last cleaned the living room yesterday at 23:50 (9 hours ago)");
    }

    @Test
    void should_say_so_when_no_room_or_every_room_was_cleaned_today() {
        open(StoreOptions.defaults());
        assertThat(queries.notCleanedToday().text()).startsWith("I haven't cleaned any room yet today (Sunday 1 March): hallway, ")
                .endsWith(" are all still to do.");
        Instant start = T0;
        for (Room room : apartment.map().rooms()) {
            world.recordCleaning(run("c-" + room.name().replace(' ', '-'), room.name(), start, CleaningOutcome.COMPLETED, Set.of()));
            start = start.plus(Duration.ofMinutes(10));
        }
        clock.set(start);
        assertThat(queries.notCleanedToday().text()).startsWith("Every room has been cleaned today (Sunday 1 March): hallway (09:10), ");
    }

    @Test
    void should_place_objects_from_the_map_and_people_from_their_last_sighting_with_its_age() {
        open(StoreOptions.defaults().withSightingMaxAge(Duration.ofMinutes(30)));
        world.recordSighting(new Sighting("miso", BeingKind.PET, new Point(9.0, 4.0), "kitchen", T0, "camera", false));
        clock.advance(Duration.ofMinutes(25));

        assertThat(queries.whereIs("the sock").text()).isEqualTo("The sock is in the bedroom, at (3.0, 8.8) m, according to the map.");
        assertThat(queries.whereIs("glass vase").text()).contains("(fragile)");
        Answer.Location miso = (Answer.Location) queries.whereIs("Miso");
        assertThat(miso.text()).isEqualTo("I last saw miso in the kitchen, at (9.0, 4.0) m, 25 minutes ago (today at 09:00, camera).");
        assertThat(miso.age()).contains(Duration.ofMinutes(25));
        assertThat(miso.stale()).isFalse();
        assertThat(queries.whereIs("alex").text())
                .isEqualTo("I haven't seen alex myself; the map puts alex in the living room, at (2.0, 4.5) m.");

        clock.advance(Duration.ofMinutes(10));
        Answer.Location later = (Answer.Location) queries.whereIs("miso");
        assertThat(later.stale()).isTrue();
        assertThat(later.text()).endsWith("35 minutes ago (today at 09:00, camera). That was a while ago; Miso has probably moved since.");
    }

    @Test
    void should_place_rooms_doors_zones_the_dock_and_itself() {
        open(StoreOptions.defaults());
        assertThat(queries.whereIs("you").text()).isEqualTo("I'm in the hallway at (6.0, 6.8) m, on my dock, with 100% battery.");
        assertThat(queries.whereIs("the dock").text()).isEqualTo("My dock is in the hallway at (6.0, 6.8) m.");
        assertThat(queries.whereIs("kitchen").text()).isEqualTo("The kitchen is a room of 22.5 m², around (9.5, 4.3) m.");
        assertThat(queries.whereIs("nursery door").text())
                .isEqualTo("The nursery door, between the hallway and the nursery, is at (5.5, 8.0) m; it is closed.");
        assertThat(queries.whereIs("stairs").text()).isEqualTo("The 'stairs' zone is a no-go zone around (13.0, 7.3) m; I never go there.");
        Answer unknown = queries.whereIs("the remote");
        assertThat(unknown).isInstanceOf(Answer.Unknown.class);
        assertThat(unknown.text()).startsWith("I don't know where 'remote' is: it is not on my map. I know these objects: sofa, rug,")
                .endsWith("and these people and pets: alex, guest, sam and miso.");
    }

    @Test
    void should_tell_what_it_did_on_a_day_from_the_runs_and_the_history() {
        open(StoreOptions.defaults());
        Instant yesterday = T0.minus(Duration.ofDays(1));
        event(yesterday, "command", "c-1", "{\"text\":\"clean the kitchen\",\"source\":\"voice/alex (owner)\"}");
        event(yesterday, "verdict", "c-1", "{\"decision\":\"approved\",\"policy\":\"reference-apartment v1\"}");
        world.recordCleaning(run("c-1", "kitchen", yesterday, CleaningOutcome.COMPLETED, Set.of()));
        event(yesterday.plusSeconds(3600), "command", "c-2", "{\"text\":\"go down the stairs\"}");
        event(yesterday.plusSeconds(3600), "verdict", "c-2", "{\"decision\":\"refused\",\"rule\":\"no-go-zone\",\"reason\":\"...\"}");
        world.recordCleaning(run("c-3", "bathroom", yesterday.plusSeconds(7200), CleaningOutcome.INTERRUPTED, Set.of()));
        event(T0, "command", "c-4", "not json at all");
        // Refused by the planner and by the guard: one refusal, not two.
        event(T0, "command", "c-5", "{\"text\":\"pick up the kitchen knife\"}");
        event(T0, "plan", "c-5", "{\"planner\":\"rule-based\",\"refused\":\"no\",\"rule\":\"hazardous-object\"}");
        event(T0, "verdict", "c-5", "{\"decision\":\"refused\",\"rule\":\"hazardous-object\"}");

        assertThat(queries.answer(new Question.WhatDidYouDo(Question.Day.YESTERDAY)).text())
                .isEqualTo("Yesterday (Saturday 28 February) I cleaned the kitchen (09:00-09:10) and the bathroom (11:00-11:10, "
                        + "interrupted); I had 2 commands and refused 1 (no-go-zone).");
        Answer.DaySummary today = (Answer.DaySummary) queries.answer(new Question.WhatDidYouDo(Question.Day.TODAY));
        assertThat(today.text()).isEqualTo("Today (Sunday 1 March) I cleaned nothing; I had 2 commands and refused 1 (hazardous-object).");
        assertThat(today.refusals()).containsExactly("hazardous-object");
        assertThat(queries.whatDidYouDo(LocalDate.of(2026, 2, 20)).text())
                .isEqualTo("On Friday 20 February I did nothing: no commands and no cleaning.");
    }

    @Test
    void should_answer_each_kind_of_question_through_one_entry_point() {
        open(StoreOptions.defaults());
        QuestionMatcher matcher = new QuestionMatcher();
        for (String q : List.of("when was the kitchen last cleaned?", "which rooms haven't been cleaned today?",
                "where is the sock?", "what did you do yesterday?")) {
            assertThat(queries.answer(matcher.match(q).orElseThrow()).text()).as(q).isNotBlank();
        }
    }

    private void event(Instant at, String kind, String id, String detail) {
        world.recordEvent(new HistoryEvent(at, kind, Optional.of(new CommandId(id)), detail));
    }

    private Set<Cell> floor(String room) {
        OccupancyGrid grid = apartment.map().grid();
        return grid.cellsInside(apartment.map().room(room).orElseThrow().area()).stream().filter(grid::isFree).collect(Collectors.toSet());
    }

    private static CleaningRun run(String id, String room, Instant start, CleaningOutcome outcome, Set<Cell> cells) {
        return new CleaningRun(new CommandId(id), room, ALEX, start, start.plus(Duration.ofMinutes(10)), outcome, cells);
    }
}
