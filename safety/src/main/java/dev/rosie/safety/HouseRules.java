package dev.rosie.safety;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.Target;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.Zone;
import dev.rosie.core.world.ZoneKind;
import dev.rosie.safety.StepRule.Context;
import dev.rosie.safety.StepRule.Objection;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The step rules of the first policy, in the order the guard applies them. Each is a small pure
 * function so that a regression points at one rule.
 */
final class HouseRules {
    static final String ACTION_NOT_ALLOWED = "action-not-allowed";
    static final String UNKNOWN_TARGET = "unknown-target";
    static final String NO_GO_ZONE = "no-go-zone";
    static final String HAZARDOUS_OBJECT = "hazardous-object";
    static final String DOOR_ACCESS = "door-access";
    static final String CLEANING_COOLDOWN = "cleaning-cooldown";
    static final String SLEEPING_CHILD = "sleeping-child";

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private HouseRules() {
    }

    static List<StepRule> all() {
        return List.of(HouseRules::allowedForTrust, HouseRules::targetsExist, HouseRules::noGoZones,
                HouseRules::hazardousObjects, HouseRules::doorAccess,
                ProvenanceRules::keepOut, HouseRules::sleepingChild, HouseRules::cleaningCooldown);
    }

    static Optional<Objection> allowedForTrust(Context c, Action step) {
        Trust trust = c.command().source().trust();
        if (c.policy().allows(trust, step.type())) {
            return Optional.empty();
        }
        return objection(ACTION_NOT_ALLOWED, "I can't " + describe(step) + " for " + aOrAn(trust)
                + "; that needs more trust than this request has.", "I can't do that for " + aOrAn(trust)
                + "; it needs more trust than this request has.");
    }

    static Optional<Objection> targetsExist(Context c, Action step) {
        HomeMap map = c.world().map();
        Optional<String> unknown = switch (step) {
            case Action.NavigateTo n -> switch (n.target()) {
                case Target.Named named -> map.locate(named.name()).isPresent() ? Optional.empty() : Optional.of(named.name());
                case Target.Coordinates xy -> map.grid().inBounds(map.grid().cellOf(new Point(xy.x(), xy.y())).ix(),
                        map.grid().cellOf(new Point(xy.x(), xy.y())).iy()) ? Optional.empty() : Optional.of(xy.describe());
            };
            case Action.CleanArea clean -> map.room(clean.room()).isPresent() || map.zone(clean.room()).isPresent()
                    ? Optional.empty() : Optional.of(clean.room());
            case Action.PickUp p -> map.object(p.object()).isPresent() ? Optional.empty() : Optional.of(p.object());
            case Action.Place p -> map.object(p.object()).isEmpty() ? Optional.of(p.object())
                    : map.locate(p.location()).isEmpty() ? Optional.of(p.location()) : Optional.empty();
            case Action.OpenDoor d -> map.door(d.door()).isPresent() ? Optional.empty() : Optional.of(d.door());
            case Action.CloseDoor d -> map.door(d.door()).isPresent() ? Optional.empty() : Optional.of(d.door());
            case Action.Inspect i -> map.locate(i.target()).isPresent() ? Optional.empty() : Optional.of(i.target());
            case Action.Dock d -> Optional.empty();
            case Action.Stop s -> Optional.empty();
            case Action.Wait w -> Optional.empty();
            case Action.Say s -> Optional.empty();
        };
        // The places of the home say who lives there (a nursery); outsiders are not given the list.
        return unknown.flatMap(name -> objection(UNKNOWN_TARGET, "I don't know anything called '" + name
                + "' in this home. Places I know: " + String.join(", ", map.roomNames()) + ".",
                "I don't know that place or thing in this home."));
    }

    static Optional<Objection> noGoZones(Context c, Action step) {
        HomeMap map = c.world().map();
        Optional<Point> where = destination(map, step);
        Optional<Zone> zone = step instanceof Action.CleanArea clean ? map.zone(clean.room()) : Optional.empty();
        if (step instanceof Action.NavigateTo n && n.target() instanceof Target.Named named) {
            zone = map.zone(named.name());
        }
        double margin = c.policy().limits().noGoMarginMetres();
        Optional<Zone> hit = zone.filter(z -> z.kind() == ZoneKind.NO_GO)
                .or(() -> where.flatMap(p -> map.zones().stream()
                        .filter(z -> z.kind() == ZoneKind.NO_GO && z.area().distanceTo(p) <= margin)
                        .findFirst()));
        return hit.flatMap(z -> objection(NO_GO_ZONE, "I won't go to the " + z.name()
                + ": it is a no-go zone for me, whoever asks.", "I won't go there: it is a no-go zone for me, whoever asks."));
    }

    static Optional<Objection> hazardousObjects(Context c, Action step) {
        Optional<WorldObject> handled = switch (step) {
            case Action.PickUp p -> c.world().map().object(p.object());
            case Action.Place p -> c.world().map().object(p.object());
            default -> Optional.empty();
        };
        return handled.filter(WorldObject::hazardous).flatMap(o -> objection(HAZARDOUS_OBJECT,
                "I won't handle the " + o.name() + ": it is hazardous, and I never pick up or move hazardous things.",
                "I won't handle that: it is hazardous, and I never pick up or move hazardous things."));
    }

    static Optional<Objection> doorAccess(Context c, Action step) {
        String door = switch (step) {
            case Action.OpenDoor d -> d.door();
            case Action.CloseDoor d -> d.door();
            default -> null;
        };
        if (door == null) {
            return Optional.empty();
        }
        Set<Trust> who = c.policy().whoMayOperate(door);
        if (who.contains(c.command().source().trust())) {
            return Optional.empty();
        }
        return objection(DOOR_ACCESS, "I can't operate the " + door + " for " + aOrAn(c.command().source().trust())
                + (who.isEmpty() ? "; the house rules say a person, not the robot, works that door."
                        : "; only " + String.join(" or ", who.stream().map(Trust::wireName).sorted().toList())
                                + " may ask for that."), "I can't operate that door for " + aOrAn(c.command().source().trust())
                + "; the house rules say who may ask for that.");
    }

    static Optional<Objection> sleepingChild(Context c, Action step) {
        if (!c.policy().sleepingChildQuiet() || step instanceof Action.Dock) {
            return Optional.empty(); // going home to charge is always allowed
        }
        HomeMap map = c.world().map();
        Optional<String> room = step instanceof Action.CleanArea clean ? Optional.of(clean.room())
                : destination(map, step).flatMap(map::roomAt).map(Room::name);
        if (room.isEmpty()) {
            return Optional.empty();
        }
        Duration maxAge = c.policy().sightingMaxAge();
        return c.world().sightings().stream()
                .filter(s -> s.kind() == BeingKind.CHILD && s.asleep() && s.room().equals(room.get()))
                .filter(s -> s.fresh(c.now(), maxAge))
                .findFirst()
                // Who sleeps where is the household's business: outsiders hear only that a rule keeps it quiet.
                .flatMap(s -> objection(SLEEPING_CHILD, capitalise(s.name()) + " is asleep in the " + room.get()
                        + ", so I'll stay out of there for now.",
                        "I can't go there right now: a quiet-time house rule keeps me out of some rooms for a while."));
    }

    static Optional<Objection> cleaningCooldown(Context c, Action step) {
        if (!(step instanceof Action.CleanArea clean)) {
            return Optional.empty();
        }
        Optional<Instant> last = c.world().lastCleaned(clean.room());
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Duration since = Duration.between(last.get(), c.now());
        if (since.compareTo(c.policy().cleaningCooldown()) >= 0) {
            return Optional.empty();
        }
        String at = CLOCK_TIME.format(last.get().atZone(c.zone()));
        return objection(CLEANING_COOLDOWN, "I cleaned the " + clean.room() + " " + ago(since) + ", at " + at
                + ", so it doesn't need it yet. Ask again after " + CLOCK_TIME.format(last.get()
                        .plus(c.policy().cleaningCooldown()).atZone(c.zone())) + ".",
                // When the robot cleaned is the household's routine: no times, no "ago", not even the room.
                "I won't clean that again yet: a house rule limits how often I clean the same place.");
    }

    /** Where a step would take the robot, if it moves it anywhere in particular. */
    static Optional<Point> destination(HomeMap map, Action step) {
        return switch (step) {
            case Action.NavigateTo n -> switch (n.target()) {
                case Target.Named named -> map.locate(named.name());
                case Target.Coordinates xy -> Optional.of(new Point(xy.x(), xy.y()));
            };
            case Action.CleanArea clean -> map.locate(clean.room());
            case Action.PickUp p -> map.locate(p.object());
            case Action.Place p -> map.locate(p.location());
            case Action.OpenDoor d -> map.locate(d.door());
            case Action.CloseDoor d -> map.locate(d.door());
            case Action.Inspect i -> map.locate(i.target());
            case Action.Dock d -> Optional.of(map.dock().position());
            case Action.Stop s -> Optional.empty();
            case Action.Wait w -> Optional.empty();
            case Action.Say s -> Optional.empty();
        };
    }

    static String ago(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 1) {
            return "less than a minute ago";
        }
        if (minutes == 1) {
            return "1 minute ago";
        }
        if (minutes < 120) {
            return minutes + " minutes ago";
        }
        return d.toHours() + " hours ago";
    }

    private static String describe(Action step) {
        return step.type().wireName().replace('_', ' ') + step.subject().map(s -> " " + s).orElse("");
    }

    /** "a guest", "an operator". */
    static String aOrAn(Trust trust) {
        return (trust == Trust.OWNER || trust == Trust.OPERATOR || trust == Trust.UNTRUSTED ? "an " : "a ") + trust.wireName()
                + (trust == Trust.UNTRUSTED ? " source" : "");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Optional<Objection> objection(String rule, String detail, String generic) {
        return Optional.of(new Objection(rule, RefusalWording.detailed(detail, generic)));
    }
}
