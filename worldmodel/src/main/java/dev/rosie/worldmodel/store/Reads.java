package dev.rosie.worldmodel.store;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.CleaningOutcome;
import dev.rosie.core.world.CleaningRun;
import dev.rosie.core.world.HistoryEvent;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.Sighting;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The queries behind a snapshot and the cleaning log, turning rows back into core types. Every
 * method runs inside the caller's transaction, so one snapshot's reads see one committed state.
 */
final class Reads {
    private Reads() {
    }

    /** The map with each door in its last stored state. */
    static HomeMap mapWithDoorStates(Connection c, HomeMap map) throws SQLException {
        HomeMap current = map;
        try (PreparedStatement p = c.prepareStatement("SELECT name, open FROM door_state"); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String name = r.getString(1);
                boolean open = r.getInt(2) != 0;
                // A door dropped from a newer map file leaves a stale row behind; ignore it.
                if (current.door(name).isPresent()) {
                    current = current.withDoor(name, open);
                }
            }
        }
        return current;
    }

    static Optional<RobotState> robot(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT x, y, theta, battery, docked FROM robot_state WHERE id = 1");
                ResultSet r = p.executeQuery()) {
            return r.next()
                    ? Optional.of(new RobotState(new Pose(r.getDouble(1), r.getDouble(2), r.getDouble(3)), r.getDouble(4), r.getInt(5) != 0))
                    : Optional.empty();
        }
    }

    static Map<String, Instant> lastCleaned(Connection c) throws SQLException {
        Map<String, Instant> last = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT room, MAX(ended_at) FROM cleaning_run WHERE outcome = 'completed' GROUP BY room");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                last.put(r.getString(1), Instant.ofEpochMilli(r.getLong(2)));
            }
        }
        return last;
    }

    /** The newest stored sighting per name, with the map's residents for names never recorded. */
    static List<Sighting> sightings(Connection c, Map<String, Sighting> residents) throws SQLException {
        Map<String, Sighting> byName = new LinkedHashMap<>(residents);
        try (PreparedStatement p = c.prepareStatement("""
                SELECT name, kind, x, y, room, seen_at, provenance, asleep FROM sighting s
                WHERE id = (SELECT id FROM sighting WHERE name = s.name ORDER BY seen_at DESC, id DESC LIMIT 1)
                ORDER BY name"""); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                byName.put(r.getString(1), new Sighting(r.getString(1), BeingKind.valueOf(r.getString(2).toUpperCase(Locale.ROOT)),
                        new Point(r.getDouble(3), r.getDouble(4)), r.getString(5), Instant.ofEpochMilli(r.getLong(6)),
                        r.getString(7), r.getInt(8) != 0));
            }
        }
        return List.copyOf(byName.values());
    }

    /**
     * The channel a stored note reads back on: the camera's for text the camera read (so a reader can
     * tell a sign from a note), the world model's for everything else. Text stored from a channel that
     * carries commands (an owner's "remember that...") must not come back looking like a command
     * channel's input, and an unknown name (a row from a newer version) is world text too.
     */
    static Channel noteChannel(String stored) {
        return Channel.CAMERA.wireName().equals(stored) ? Channel.CAMERA : Channel.WORLD;
    }

    /** The newest notes, oldest first, each labelled untrusted whoever wrote it. */
    static List<UntrustedText> notes(Connection c, int limit) throws SQLException {
        List<UntrustedText> notes = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT text, origin, principal, created_at, channel FROM note ORDER BY created_at DESC, id DESC LIMIT ?")) {
            SqliteConnections.bind(p, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    notes.add(new UntrustedText(r.getString(1),
                            new Source(noteChannel(r.getString(5)), r.getString(3), Trust.UNTRUSTED),
                            r.getString(2), Instant.ofEpochMilli(r.getLong(4))));
                }
            }
        }
        Collections.reverse(notes);
        return notes;
    }

    static List<CleaningRun> cleaningRuns(Connection c, long fromMillis, long toMillis) throws SQLException {
        List<CleaningRun> runs = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("""
                SELECT command_id, room, principal, channel, trust, started_at, ended_at, outcome, cells
                FROM cleaning_run WHERE ended_at >= ? AND ended_at < ? ORDER BY ended_at, id""")) {
            SqliteConnections.bind(p, fromMillis, toMillis);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    runs.add(cleaningRun(r));
                }
            }
        }
        return List.copyOf(runs);
    }

    static List<HistoryEvent> history(Connection c, long fromMillis, long toMillis, int limit) throws SQLException {
        List<HistoryEvent> events = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT at, kind, command_id, detail FROM history_event WHERE at >= ? AND at < ? ORDER BY at, id LIMIT ?")) {
            SqliteConnections.bind(p, fromMillis, toMillis, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    events.add(historyEvent(r));
                }
            }
        }
        return List.copyOf(events);
    }

    static HistoryEvent historyEvent(ResultSet r) throws SQLException {
        return new HistoryEvent(Instant.ofEpochMilli(r.getLong(1)), r.getString(2),
                Optional.ofNullable(r.getString(3)).map(CommandId::new), r.getString(4));
    }

    static CleaningRun cleaningRun(ResultSet r) throws SQLException {
        Source source = new Source(Channel.valueOf(r.getString(4).toUpperCase(Locale.ROOT)), r.getString(3), Trust.parse(r.getString(5)));
        return new CleaningRun(new CommandId(r.getString(1)), r.getString(2), source, Instant.ofEpochMilli(r.getLong(6)),
                Instant.ofEpochMilli(r.getLong(7)), CleaningOutcome.valueOf(r.getString(8).toUpperCase(Locale.ROOT)),
                CellCodec.decode(r.getBytes(9)));
    }
}
