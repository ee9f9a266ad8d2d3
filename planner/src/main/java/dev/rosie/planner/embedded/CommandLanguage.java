package dev.rosie.planner.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The embedded planner's command language, for other parts of the robot that must hear or check
 * commands the way the planner reads them (the speech recogniser's vocabulary, wired by launch):
 * every exemplar phrasing of every skill, with names replaced by the placeholder of their kind
 * ({@link #PLACEHOLDERS}), and the aliases the planner accepts for household names. It is a view of
 * the same resources the planner matches against, so the two cannot drift.
 */
public final class CommandLanguage {
    /** Placeholder words as they appear in exemplars after an article: "clean the room". */
    public static final List<String> PLACEHOLDERS = List.of("room", "door", "place", "thing", "dock", "person",
            "child", "pet");

    private final List<String> exemplars;
    private final Map<String, List<String>> aliases;

    private CommandLanguage(List<String> exemplars, Map<String, List<String>> aliases) {
        this.exemplars = List.copyOf(exemplars);
        this.aliases = Map.copyOf(aliases);
    }

    /** The language of the planner's shipped exemplars and glossary. */
    public static CommandLanguage standard() {
        SkillBook book = SkillBook.standard();
        List<String> phrases = new ArrayList<>();
        // In skill order, so the list (and any grammar built from it) is the same on every run.
        book.exemplars().values().forEach(phrases::addAll);
        Map<String, List<String>> aliases = new TreeMap<>();
        Glossary.standard().entries().forEach((name, gloss) -> aliases.put(name, gloss.aliases()));
        return new CommandLanguage(phrases, aliases);
    }

    /** Every exemplar phrasing, lower case, names replaced by placeholders; includes out-of-scope requests. */
    public List<String> exemplars() {
        return exemplars;
    }

    /** Household name to the other words the planner takes for it ("bathroom" -> "toilet", ...). */
    public Map<String, List<String>> aliases() {
        return aliases;
    }
}
