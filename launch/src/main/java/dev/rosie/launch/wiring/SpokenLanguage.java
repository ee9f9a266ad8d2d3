package dev.rosie.launch.wiring;

import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.Zone;
import dev.rosie.planner.embedded.CommandLanguage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences the speech recogniser should find likely: the embedded planner's whole command
 * language (every exemplar phrasing of every skill, the out-of-scope ones too, so a request the robot
 * declines is still heard as said) with each placeholder filled by this home's names and the aliases
 * the planner accepts for them, plus the small talk around commands (politeness, numbers and
 * durations). The recogniser makes a bigram language model of the list, so the words people use
 * for commands, in the orders they use them, become far more likely than the rest of Vosk's
 * 150,000-word vocabulary, without restricting speech to a fixed set of sentences.
 *
 * <p>Built here because only launch may see both the planner and perception.
 */
public final class SpokenLanguage {
    /** "the room", "the thing", ...: a placeholder after an article (or "my", "your"). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\b(the|a|my|your|our) ("
            + String.join("|", CommandLanguage.PLACEHOLDERS) + ")\\b");
    /** Words around a command that carry no instruction but are said all the time. */
    static final List<String> POLITENESS = List.of("please", "thank you", "thanks", "can you", "could you",
            "could you please", "would you", "would you please", "will you", "i want you to", "i need you to",
            "if you can", "when you can", "right now", "now", "for me", "okay", "ok", "hey", "and then", "then",
            "after that", "and", "first", "also");
    static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "fifteen", "twenty", "thirty", "forty", "forty five", "sixty", "ninety", "a few", "a couple of");
    static final List<String> UNITS = List.of("seconds", "minutes", "second", "minute", "hour", "hours");
    /** Beings are not on the map (they are seen, not mapped): the generic words for them. */
    static final Map<String, List<String>> BEINGS = Map.of(
            "person", List.of("person", "everyone", "everybody", "guest", "guests", "me"),
            "child", List.of("baby", "child", "kid", "kids", "toddler"),
            "pet", List.of("cat", "dog", "pet", "puppy", "kitty"));

    private SpokenLanguage() {
    }

    /** The phrase list for {@code home}, in a fixed order (the same grammar on every run). */
    public static List<String> forHome(HomeMap home, CommandLanguage language) {
        Map<String, List<String>> fillers = fillers(home, language.aliases());
        Set<String> out = new LinkedHashSet<>();
        for (String exemplar : language.exemplars()) {
            expand(normalise(exemplar), fillers).forEach(p -> out.add(p.replaceAll("\\s+", " ").strip()));
        }
        fillers.values().forEach(names -> names.forEach(n -> out.add("the " + n)));
        out.addAll(POLITENESS);
        for (String n : NUMBERS) {
            UNITS.forEach(u -> out.add(n + " " + u));
            out.add("for " + n + " minutes");
        }
        return new ArrayList<>(out);
    }

    /** Names each placeholder may stand for in this home: the map's names and their aliases. */
    static Map<String, List<String>> fillers(HomeMap home, Map<String, List<String>> aliases) {
        Map<String, List<String>> f = new java.util.HashMap<>();
        f.put("room", withAliases(home.rooms().stream().map(Room::name).toList(), aliases));
        f.put("door", withAliases(home.doors().stream().map(Door::name).toList(), aliases));
        f.put("place", withAliases(home.zones().stream().map(Zone::name).toList(), aliases));
        f.put("thing", withAliases(home.objects().stream().map(WorldObject::name).toList(), aliases));
        f.put("dock", withAliases(List.of(HomeMap.DOCK), aliases));
        f.putAll(BEINGS);
        return f;
    }

    private static List<String> withAliases(List<String> names, Map<String, List<String>> aliases) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            out.add(n.toLowerCase(java.util.Locale.ROOT));
            out.addAll(aliases.getOrDefault(n, List.of()));
        }
        return new ArrayList<>(out);
    }

    /** Vosk's words are lower case letters and apostrophes; punctuation would become unknown words. */
    private static String normalise(String phrase) {
        return phrase.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z' ]+", " ").replaceAll("\\s+", " ").strip();
    }

    /**
     * Every way of filling the phrase's placeholders. Each placeholder is filled independently, so a
     * phrase with two grows as the product; phrases have at most two and homes a few dozen names.
     */
    static List<String> expand(String phrase, Map<String, List<String>> fillers) {
        Matcher m = PLACEHOLDER.matcher(phrase);
        if (!m.find()) {
            return List.of(phrase);
        }
        List<String> out = new ArrayList<>();
        String head = phrase.substring(0, m.start());
        String tail = phrase.substring(m.end());
        List<String> names = fillers.getOrDefault(m.group(2), List.of(m.group(2)));
        for (String rest : expand(tail, fillers)) {
            for (String name : names) {
                out.add(head + m.group(1) + " " + name + rest);
            }
        }
        return out;
    }
}
