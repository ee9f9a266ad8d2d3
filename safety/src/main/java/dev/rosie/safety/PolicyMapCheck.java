package dev.rosie.safety;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.text.EditDistance;
import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.WorldObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks the names a policy gives to places and things of the home against the map of the home it
 * guards. A rule for a door or object the map does not have is a typo ({@code front-door} for the
 * map's {@code front door}) that silently disables the rule, so the guard refuses to start with it.
 *
 * <p>What is checked, and what is not: the {@code doors} keys (except {@code default}) name doors,
 * and {@code owner_confirmation.needed_for[i].objects} name objects; both are looked up with the
 * map's own lookups (its case rule). {@code tags} are properties objects may carry, like the map's
 * object classes: a rule for every {@code valuable} thing is meaningful before anything is tagged
 * so, and is not checked. Trust levels, actions and cleaning modes are the loader's closed sets.
 */
public final class PolicyMapCheck {
    private PolicyMapCheck() {
    }

    /**
     * Where a policy or a map came from, as the user knows it.
     *
     * @param where how messages name it: a file, or what the built-in one is
     * @param builtIn shipped inside Rosie: the user cannot edit it, only replace it
     */
    public record Origin(String where, boolean builtIn) {
        /** The reference apartment's policy shipped in this module ({@link PolicyLoader#loadReference()}). */
        public static final Origin REFERENCE_POLICY = new Origin("the built-in reference policy (" + PolicyLoader.REFERENCE + ")", true);

        public Origin {
            Objects.requireNonNull(where, "where");
        }
    }

    /**
     * One name the policy uses that the map lacks.
     *
     * @param field the policy field's path, as the loader's messages write it
     * @param kind what the name should be: {@code door} or {@code object}
     * @param name the name the policy uses (as the loader read it: lower case)
     * @param known the names of that kind the map has, in the map's order
     */
    public record Mismatch(String field, String kind, String name, List<String> known) {
        public Mismatch {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            known = List.copyOf(known);
        }

        /** {@code doors.front-door: no door called 'front-door' in the map; doors: [front door, ...]}. */
        public String describe() {
            return field + ": no " + kind + " called '" + name + "' in the map; " + kind + "s: " + known
                    + nearest(name, known).map(n -> " (did you mean '" + n + "'?)").orElse("");
        }
    }

    /** Every name in {@code policy} that {@code map} lacks: doors (alphabetically), then confirmation entries in order. */
    public static List<Mismatch> mismatches(Policy policy, HomeMap map) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(map, "map");
        List<Mismatch> out = new ArrayList<>();
        List<String> doors = map.doors().stream().map(Door::name).toList();
        policy.doorAccess().keySet().stream().sorted()
                .filter(door -> map.door(door).isEmpty())
                .forEach(door -> out.add(new Mismatch("doors." + door, "door", door, doors)));
        List<String> objects = map.objects().stream().map(WorldObject::name).toList();
        List<OwnerConfirmation.Need> needs = policy.confirmation().neededFor();
        for (int i = 0; i < needs.size(); i++) {
            String field = PolicyLoader.element("owner_confirmation.needed_for", i) + ".objects";
            needs.get(i).objects().stream().sorted()
                    .filter(object -> map.object(object).isEmpty())
                    .forEach(object -> out.add(new Mismatch(field, "object", object, objects)));
        }
        return out;
    }

    /**
     * Returns {@code policy} when every name it uses is in {@code map}; otherwise fails naming the
     * policy, the field, the unknown name, the names the map has, and which of the two to fix.
     */
    public static Policy require(Policy policy, Origin policyOrigin, HomeMap map, Origin mapOrigin) {
        Objects.requireNonNull(policyOrigin, "policyOrigin");
        Objects.requireNonNull(mapOrigin, "mapOrigin");
        List<Mismatch> found = mismatches(policy, map);
        if (found.isEmpty()) {
            return policy;
        }
        Mismatch first = found.get(0);
        StringBuilder m = new StringBuilder(policyOrigin.where()).append(": ").append(first.describe()).append(". ");
        if (found.size() > 1) {
            m.append("Also not in the map: ").append(String.join(", ", found.subList(1, found.size()).stream()
                    .map(x -> x.field() + " '" + x.name() + "'").toList())).append(". ");
        }
        m.append(whatToFix(first, policyOrigin, mapOrigin, map.name()));
        throw new InvalidInputException(m.toString());
    }

    /** Which of the two files to change: an editable file, and the policy first when it looks like a typo. */
    private static String whatToFix(Mismatch first, Origin policy, Origin map, String mapName) {
        String theMap = "the map '" + mapName + "' (" + map.where() + ")";
        if (policy.builtIn() && map.builtIn()) {
            return "The built-in policy and " + theMap + " disagree: Rosie itself is broken.";
        }
        if (map.builtIn()) {
            return "Fix the policy " + policy.where() + ": it guards " + theMap + ", which cannot change.";
        }
        if (policy.builtIn()) {
            return capitalised(policy.where()) + " is written for the reference apartment, and " + theMap
                    + " is another home: give this home its own policy (--policy FILE, or policy: in rosie.yaml;"
                    + " see safety/POLICY.md), or call the " + first.kind() + " '" + first.name() + "' in that map.";
        }
        String fixPolicy = "the policy " + policy.where() + " if '" + first.name() + "' is misspelt there";
        String fixMap = theMap + " if the home's " + first.kind() + " is missing or named differently there";
        return "The policy and the map disagree: fix " + (nearest(first.name(), first.known()).isPresent()
                ? fixPolicy + ", or " + fixMap : fixMap + ", or " + fixPolicy) + ".";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The known name a typo most likely meant: the same letters and digits, or at most two edits away. */
    static Optional<String> nearest(String name, List<String> known) {
        Function<String, String> bare = s -> s.replaceAll("[^a-z0-9]", "");
        return known.stream()
                .filter(k -> bare.apply(k).equals(bare.apply(name)) || EditDistance.between(k, name) <= Math.min(2, name.length() / 3))
                .min(Comparator.comparingInt(k -> EditDistance.between(k, name)));
    }
}
