package dev.rosie.launch.mission;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rosie.core.RosieException;
import dev.rosie.core.action.ActionType;
import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.CleaningOutcome;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import dev.rosie.perception.speech.WavReader;
import dev.rosie.sim.Resident;
import dev.rosie.sim.UnsafeEvent;
import dev.rosie.worldmodel.map.LoadedMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates a mission file completely before anything runs: unknown keys, missing
 * required fields, bad values, names the map does not have, times out of order and WAV files that
 * are missing or unreadable are all rejected with the file, the field and the reason. The format
 * is documented in {@code MISSIONS.md}.
 */
public final class MissionLoader {
    static final long MAX_BYTES = 1024 * 1024;
    private static final Set<String> TOP = Set.of("name", "description", "world", "seed", "start_time", "robot",
            "residents", "timeline", "end", "expect");
    private static final Set<String> STEP_KINDS = Set.of("say", "wav", "mqtt", "sign", "estop", "release");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final MissionMaps maps;

    public MissionLoader(MissionMaps maps) {
        this.maps = maps;
    }

    public Mission load(Path file) {
        Path f = file.toAbsolutePath().normalize();
        JsonNode root;
        try {
            if (!Files.isRegularFile(f)) {
                throw new MissionException(f, "(file)", "no such file");
            }
            if (Files.size(f) > MAX_BYTES) {
                throw new MissionException(f, "(file)", "larger than " + MAX_BYTES + " bytes");
            }
            root = yaml.readTree(Files.readString(f));
        } catch (IOException e) {
            throw new MissionException(f, "(file)", "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new MissionException(f, "(file)", "is empty");
        }
        Node top = new Node(f, "", root).object(TOP);
        String name = top.required("name").text();
        String description = top.has("description") ? top.child("description").text() : "";
        Node world = top.required("world").object(Set.of("map"));
        Optional<Path> mapFile = mapFile(world.required("map"), f);
        LoadedMap loaded;
        try {
            loaded = maps.load(mapFile);
        } catch (RosieException | IllegalArgumentException e) {
            throw world.child("map").bad("cannot load the map: " + e.getMessage());
        }
        HomeMap map = loaded.map();
        long seed = top.has("seed") ? top.child("seed").integer() : 0L;
        Instant startTime = Mission.DEFAULT_START;
        if (top.has("start_time")) {
            try {
                startTime = Instant.parse(top.child("start_time").text());
            } catch (DateTimeParseException e) {
                throw top.child("start_time").bad("must be an ISO-8601 instant such as 2026-03-02T09:00:00Z");
            }
        }
        Optional<Pose> start = Optional.empty();
        double battery = 1.0;
        Optional<Double> returnBelow = Optional.empty();
        if (top.has("robot")) {
            Node robot = top.child("robot").object(Set.of("start", "battery", "return_to_dock_below"));
            if (robot.has("start")) {
                start = pose(robot.child("start"), map);
            }
            if (robot.has("battery")) {
                battery = robot.child("battery").fraction();
            }
            if (robot.has("return_to_dock_below")) {
                returnBelow = Optional.of(robot.child("return_to_dock_below").fraction());
            }
        }
        Optional<List<Resident>> residents = top.has("residents") ? residents(top.child("residents"), map) : Optional.empty();
        List<TimelineStep> timeline = timeline(top.required("timeline"), f, map);
        Duration runAtLeast = Duration.ZERO;
        Duration limit = Mission.DEFAULT_LIMIT;
        if (top.has("end")) {
            Node end = top.child("end").object(Set.of("run_at_least", "limit"));
            if (end.has("run_at_least")) {
                runAtLeast = end.child("run_at_least").duration();
            }
            if (end.has("limit")) {
                limit = end.child("limit").duration();
                if (limit.isZero() || limit.compareTo(Duration.ofHours(48)) > 0) {
                    throw end.child("limit").bad("must be more than 0 and at most 48h");
                }
            }
            if (runAtLeast.compareTo(limit) > 0) {
                throw end.child("run_at_least").bad("is later than end.limit (" + Durations.format(limit) + ")");
            }
        }
        List<Expectation> expect = top.has("expect") ? ExpectationReader.read(top.child("expect"), map) : List.of();
        return new Mission(f, name, description, mapFile, start, seed, residents, battery, returnBelow, startTime,
                timeline, expect, runAtLeast, limit);
    }

    private static Optional<Path> mapFile(Node n, Path missionFile) {
        String value = n.text();
        if (value.equals(MissionMaps.REFERENCE)) {
            return Optional.empty();
        }
        Path p = missionFile.getParent().resolve(value).normalize();
        if (!Files.isRegularFile(p)) {
            throw n.bad("no map file " + p + " (use 'reference' for the reference apartment)");
        }
        return Optional.of(p);
    }

    private static Optional<Pose> pose(Node n, HomeMap map) {
        if (n.json().isTextual()) {
            if (!n.text().equals("dock")) {
                throw n.bad("must be 'dock' or {x, y, theta}");
            }
            return Optional.empty();
        }
        n.object(Set.of("x", "y", "theta"));
        Pose p = new Pose(n.required("x").number(), n.required("y").number(), n.has("theta") ? n.child("theta").number() : 0);
        if (map.roomAt(p.position()).isEmpty()) {
            throw n.bad("(" + p.x() + ", " + p.y() + ") is in no room of map '" + map.name() + "'");
        }
        return Optional.of(p);
    }

    private static Optional<List<Resident>> residents(Node n, HomeMap map) {
        if (n.json().isTextual()) {
            return switch (n.text()) {
                case "map" -> Optional.empty();
                case "none" -> Optional.of(List.of());
                default -> throw n.bad("must be 'map', 'none' or a list of residents");
            };
        }
        List<Resident> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node r : n.list()) {
            r.object(Set.of("name", "kind", "at", "asleep"));
            String name = r.required("name").text();
            if (!names.add(name)) {
                throw r.child("name").bad("'" + name + "' appears twice");
            }
            BeingKind kind = enumValue(r.required("kind"), BeingKind.class);
            Point at = point(r.required("at"));
            if (map.roomAt(at).isEmpty()) {
                throw r.child("at").bad("(" + at.x() + ", " + at.y() + ") is in no room of map '" + map.name() + "'");
            }
            out.add(new Resident(name, kind, at, r.has("asleep") && r.child("asleep").bool()));
        }
        return Optional.of(out);
    }

    static Point point(Node n) {
        List<Node> xy = n.list();
        if (xy.size() != 2) {
            throw n.bad("must be [x, y], not " + n.shown());
        }
        return new Point(xy.get(0).number(), xy.get(1).number());
    }

    static <E extends Enum<E>> E enumValue(Node n, Class<E> type) {
        String t = n.text().trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(t)) {
                return e;
            }
        }
        throw n.bad("must be one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).toList() + ", not " + n.shown());
    }

    private List<TimelineStep> timeline(Node n, Path file, HomeMap map) {
        List<Node> items = n.list();
        if (items.isEmpty()) {
            throw n.bad("must have at least one step");
        }
        List<TimelineStep> steps = new ArrayList<>();
        Duration lastAt = Duration.ZERO;
        for (Node item : items) {
            Set<String> allowed = new HashSet<>(STEP_KINDS);
            allowed.add("at");
            allowed.add("after");
            item.object(allowed);
            Timing when;
            if (item.has("at") == item.has("after")) {
                throw item.bad("needs exactly one of 'at' (time since the start) or 'after' (delay after the previous step)");
            }
            if (item.has("at")) {
                Duration at = item.child("at").duration();
                if (at.compareTo(lastAt) < 0) {
                    throw item.child("at").bad("times out of order: " + Durations.format(at) + " comes after a step at "
                            + Durations.format(lastAt));
                }
                lastAt = at;
                when = new Timing.At(at);
            } else {
                when = new Timing.After(item.child("after").duration());
            }
            List<String> kinds = STEP_KINDS.stream().filter(item::has).sorted().toList();
            if (kinds.size() != 1) {
                throw item.bad("needs exactly one of " + STEP_KINDS.stream().sorted().toList() + ", found " + kinds);
            }
            steps.add(step(kinds.get(0), item.child(kinds.get(0)), when, file, map));
        }
        return steps;
    }

    private TimelineStep step(String kind, Node n, Timing when, Path file, HomeMap map) {
        return switch (kind) {
            case "say" -> {
                n.object(Set.of("text", "as", "principal", "channel"));
                Channel channel = n.has("channel") ? enumValue(n.child("channel"), Channel.class) : Channel.CLI;
                if (channel == Channel.MQTT || !channel.carriesCommands()) {
                    throw n.child("channel").bad("must be cli, voice, ros or schedule (use an 'mqtt' step for MQTT, a"
                            + " 'sign' step for text the camera sees)");
                }
                yield new TimelineStep.Say(when, n.required("text").text(), source(n, channel));
            }
            case "wav" -> {
                n.object(Set.of("file", "as", "principal"));
                Path wav = file.getParent().resolve(n.required("file").text()).normalize();
                if (!Files.isRegularFile(wav)) {
                    throw n.child("file").bad("no WAV file " + wav);
                }
                try {
                    new WavReader().read(wav);
                } catch (RosieException | IllegalArgumentException e) {
                    throw n.child("file").bad("not a usable WAV file: " + e.getMessage());
                }
                yield new TimelineStep.Wav(when, wav, source(n, Channel.VOICE));
            }
            case "mqtt" -> {
                n.object(Set.of("text", "signed_by", "principal"));
                Trust signer = n.has("signed_by") && !n.child("signed_by").text().equals("unsigned")
                        ? enumValue(n.child("signed_by"), Trust.class) : Trust.UNTRUSTED;
                if (signer == Trust.GUEST) {
                    throw n.child("signed_by").bad("remote keys are for owners and operators; use owner, operator or unsigned");
                }
                String principal = n.has("principal") ? n.child("principal").text() : defaultPrincipal(signer);
                yield new TimelineStep.Mqtt(when, n.required("text").text(), signer, principal);
            }
            case "sign" -> sign(n, when, map);
            case "estop" -> {
                n.object(Set.of("as", "principal", "channel"));
                Source s = source(n, n.has("channel") ? enumValue(n.child("channel"), Channel.class) : Channel.MQTT);
                if (s.trust() == Trust.UNTRUSTED) {
                    throw n.child("as").bad("an e-stop comes from an authenticated channel: owner, operator or guest");
                }
                yield new TimelineStep.Estop(when, s);
            }
            case "release" -> {
                n.object(Set.of("as", "principal", "channel"));
                yield new TimelineStep.Release(when, source(n, n.has("channel")
                        ? enumValue(n.child("channel"), Channel.class) : Channel.MQTT));
            }
            default -> throw n.bad("unknown step kind");
        };
    }

    private static TimelineStep sign(Node n, Timing when, HomeMap map) {
        n.object(Set.of("text", "room", "at", "facing"));
        String text = n.required("text").text();
        if (text.length() > 500) {
            throw n.child("text").bad("has " + text.length() + " characters; at most 500 fit on a sign");
        }
        String roomName = n.required("room").text();
        var room = map.room(roomName).orElseThrow(() -> n.child("room").bad("no room '" + roomName + "' in map '"
                + map.name() + "'; rooms: " + map.roomNames()));
        // With no spot, the sign is held up ahead of the robot's camera when the step comes.
        java.util.Optional<Point> at = n.has("at") ? java.util.Optional.of(point(n.child("at"))) : java.util.Optional.empty();
        if (at.isPresent() && !room.area().contains(at.get())) {
            throw n.child("at").bad("(" + at.get().x() + ", " + at.get().y() + ") is not in the " + room.name());
        }
        if (!n.has("at") && n.has("facing")) {
            throw n.child("facing").bad("a sign held up in view faces the robot; give 'at' to place it facing elsewhere");
        }
        double facing = n.has("facing") ? n.child("facing").number() : 0;
        return new TimelineStep.Sign(when, text, at, facing, room.name());
    }

    private static Source source(Node n, Channel channel) {
        Trust trust = n.has("as") ? enumValue(n.child("as"), Trust.class) : Trust.OWNER;
        String principal = n.has("principal") ? n.child("principal").text() : defaultPrincipal(trust);
        return new Source(channel, principal, trust);
    }

    /** The reference home's people: alex is the owner; a guest is an unnamed visitor. */
    static String defaultPrincipal(Trust trust) {
        return switch (trust) {
            case OWNER -> "alex";
            case OPERATOR -> "operator";
            case GUEST -> "guest";
            case UNTRUSTED -> "unknown";
        };
    }

    static Set<String> unsafeKinds() {
        Set<String> kinds = new HashSet<>();
        for (UnsafeEvent.Kind k : UnsafeEvent.Kind.values()) {
            kinds.add(k.wireName());
        }
        return kinds;
    }

    static CleaningOutcome outcome(Node n) {
        return enumValue(n, CleaningOutcome.class);
    }

    static ActionType action(Node n) {
        return enumValue(n, ActionType.class);
    }

    static Clock clockAt(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }
}
