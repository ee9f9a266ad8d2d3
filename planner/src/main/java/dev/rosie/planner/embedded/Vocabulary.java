package dev.rosie.planner.embedded;

import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.core.world.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Everything a command can name in one world snapshot: rooms, doors, zones, objects, the dock, and
 * the people and pets last seen, each with its aliases (the glossary's, a unique head noun such as
 * "knife" for "kitchen knife", a plural) and the texts its similarity is measured against.
 */
final class Vocabulary {
    enum Kind {
        ROOM("room"), DOOR("door"), ZONE("place"), OBJECT("thing"), DOCK("dock"), PERSON("person"), CHILD("child"),
        PET("pet");

        /** The word that stands in for a name of this kind when a clause is matched to skills. */
        final String placeholder;

        Kind(String placeholder) {
            this.placeholder = placeholder;
        }
    }

    /**
     * One nameable thing.
     *
     * @param room the room an object or being is in (empty for rooms, doors, zones, the dock)
     * @param anchors the texts similarity is measured against: name, aliases, description
     */
    record Entry(String name, Kind kind, Optional<String> room, List<String> anchors) {
        Entry {
            anchors = List.copyOf(anchors);
        }

        boolean isBeing() {
            return kind == Kind.PERSON || kind == Kind.CHILD || kind == Kind.PET;
        }

        /** The name an action targets: a being is found in its room. */
        String target() {
            return isBeing() ? room.orElse(name) : name;
        }
    }

    /** Head nouns too generic to stand for one thing even when unique in a map. */
    private static final Set<String> GENERIC_HEADS = Set.of("room", "door", "area", "edge", "zone", "thing");

    private final HomeMap map;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> byPhrase = new HashMap<>();
    private final Pattern phrases;

    Vocabulary(WorldSnapshot world, Glossary glossary) {
        this.map = world.map();
        Map<String, Set<Entry>> candidates = new LinkedHashMap<>();
        for (Room r : map.rooms()) {
            add(r.name(), Kind.ROOM, Optional.empty(), glossary, candidates);
        }
        for (Door d : map.doors()) {
            add(d.name(), Kind.DOOR, Optional.empty(), glossary, candidates);
        }
        for (Zone z : map.zones()) {
            add(z.name(), Kind.ZONE, Optional.empty(), glossary, candidates);
        }
        for (WorldObject o : map.objects()) {
            add(o.name(), Kind.OBJECT, Optional.of(o.room()), glossary, candidates);
        }
        add(HomeMap.DOCK, Kind.DOCK, Optional.empty(), glossary, candidates);
        Set<String> taken = entries.stream().map(Entry::name).collect(Collectors.toSet());
        for (Sighting s : world.sightings()) {
            String name = s.name().trim().toLowerCase(java.util.Locale.ROOT);
            if (taken.contains(name) || map.room(s.room()).isEmpty() || name.isEmpty()) {
                continue;
            }
            Kind kind = switch (s.kind()) {
                case PERSON -> Kind.PERSON;
                case CHILD -> Kind.CHILD;
                case PET -> Kind.PET;
            };
            add(name, kind, Optional.of(s.room()), Glossary.empty(), candidates);
            for (String a : beingAliases(kind)) {
                candidates.computeIfAbsent(a, k -> new HashSet<>()).add(entries.getLast());
            }
        }
        deriveHeads(candidates);
        // An alias that could mean two things names neither: "the door" in a home with four.
        candidates.forEach((phrase, es) -> {
            if (es.size() == 1) {
                byPhrase.put(phrase, es.iterator().next());
            }
        });
        entries.forEach(e -> byPhrase.put(e.name(), e));
        String alternation = byPhrase.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        phrases = Pattern.compile("(?<![a-z0-9'])(?:" + alternation + ")(?![a-z0-9])");
    }

    private void add(String name, Kind kind, Optional<String> room, Glossary glossary,
            Map<String, Set<Entry>> candidates) {
        Optional<Glossary.Gloss> gloss = glossary.of(name);
        List<String> anchors = new ArrayList<>();
        anchors.add(name);
        gloss.ifPresent(g -> anchors.addAll(g.aliases()));
        gloss.filter(g -> !g.description().isEmpty()).ifPresent(g -> anchors.add(g.description()));
        Entry entry = new Entry(name, kind, room, anchors);
        entries.add(entry);
        gloss.ifPresent(g -> g.aliases().forEach(a -> candidates.computeIfAbsent(a, k -> new HashSet<>()).add(entry)));
        if (!name.endsWith("s")) {
            candidates.computeIfAbsent(name + "s", k -> new HashSet<>()).add(entry);
        }
    }

    private void deriveHeads(Map<String, Set<Entry>> candidates) {
        Map<String, List<Entry>> heads = new HashMap<>();
        for (Entry e : entries) {
            List<String> w = Words.of(e.name());
            if (w.size() > 1 && !GENERIC_HEADS.contains(w.getLast())) {
                heads.computeIfAbsent(w.getLast(), k -> new ArrayList<>()).add(e);
            }
        }
        Set<String> names = entries.stream().map(Entry::name).collect(Collectors.toSet());
        heads.forEach((head, es) -> {
            if (!names.contains(head)) {
                es.forEach(e -> candidates.computeIfAbsent(head, k -> new HashSet<>()).add(e));
            }
        });
    }

    private static List<String> beingAliases(Kind kind) {
        return switch (kind) {
            case CHILD -> List.of("baby", "child", "kid", "toddler", "little one");
            case PET -> List.of("pet", "cat", "kitty", "dog", "puppy");
            default -> List.of();
        };
    }

    List<Entry> entries() {
        return entries;
    }

    Optional<Entry> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    List<String> rooms() {
        return map.roomNames();
    }

    List<String> doors() {
        return map.doors().stream().map(Door::name).toList();
    }

    HomeMap map() {
        return map;
    }

    /** Names and aliases in {@code lower}, longest first, left to right, without overlaps. */
    List<Mention> exactMentions(String lower) {
        List<Mention> out = new ArrayList<>();
        Matcher m = phrases.matcher(lower);
        while (m.find()) {
            if (m.start() > 0 && lower.charAt(m.start() - 1) == '-' || m.end() < lower.length() && lower.charAt(m.end()) == '-') {
                continue; // part of a compound word: "bleach-white" is a colour, not the bleach
            }
            Entry e = byPhrase.get(m.group());
            out.add(new Mention(m.start(), m.end(), e, m.group().equals(e.name()) ? "exact" : "alias", 1.0));
        }
        return out;
    }

    /** The doors on a room's walls. */
    List<String> doorsOf(String room) {
        return map.doors().stream().filter(d -> d.connects().contains(room)).map(Door::name).toList();
    }
}
