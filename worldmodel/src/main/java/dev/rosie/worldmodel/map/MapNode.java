package dev.rosie.worldmodel.map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rosie.core.InvalidInputException;
import dev.rosie.core.action.Names;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Polygon;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A cursor into a parsed map document that knows where it is ({@code rooms[2].polygon}). Every
 * accessor is strict, because a map that silently ignores a misspelt key or a string where a number
 * belongs would put walls where nobody meant them; every failure is an
 * {@link InvalidInputException} that names the file, this path and the reason.
 */
final class MapNode {
    private final String source;
    private final String path;
    private final JsonNode node;

    private MapNode(String source, String path, JsonNode node) {
        this.source = source;
        this.path = path;
        this.node = node;
    }

    static MapNode root(String source, JsonNode node) {
        return new MapNode(source, "", node);
    }

    String path() {
        return path.isEmpty() ? "(document)" : path;
    }

    InvalidInputException error(String reason) {
        return new InvalidInputException(source + ": " + path() + ": " + reason);
    }

    /**
     * Requires a mapping holding every key in {@code required}, any of {@code optional}, and
     * nothing else. Unknown keys are errors rather than warnings: they are usually typos of
     * optional keys, and ignoring {@code obstcale: true} would let the robot drive into a sofa.
     */
    MapNode requireKeys(Set<String> required, Set<String> optional) {
        if (!node.isObject()) {
            throw error("expected a mapping with keys " + String.join(", ", sorted(required, optional)) + ", not " + describe(node));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!required.contains(key) && !optional.contains(key)) {
                throw child(key).error("unknown key; expected one of " + String.join(", ", sorted(required, optional)));
            }
        }
        for (String key : sorted(required, Set.of())) {
            if (!node.has(key)) {
                throw child(key).error("required key is missing");
            }
        }
        return this;
    }

    /** A key already checked by {@link #requireKeys}; an explicit null is as good as missing. */
    MapNode get(String key) {
        MapNode c = child(key);
        if (c.node == null || c.node.isMissingNode()) {
            throw c.error("required key is missing");
        }
        if (c.node.isNull()) {
            throw c.error("has no value");
        }
        return c;
    }

    Optional<MapNode> find(String key) {
        return node.has(key) ? Optional.of(get(key)) : Optional.empty();
    }

    List<MapNode> list() {
        if (!node.isArray()) {
            throw error("expected a list, not " + describe(node));
        }
        List<MapNode> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            items.add(new MapNode(source, path + "[" + i + "]", node.get(i)));
        }
        return items;
    }

    boolean isMapping() {
        return node.isObject();
    }

    boolean has(String key) {
        return node.has(key);
    }

    boolean isList() {
        return node.isArray();
    }

    String text() {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw error("expected non-empty text, not " + describe(node));
        }
        return node.asText();
    }

    /** Text that must be a valid Rosie name (lower-cased, trimmed); {@code what} says which kind. */
    String name(String what) {
        String raw = text();
        try {
            return Names.require(raw, what);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    double number() {
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw error("expected a finite number, not " + describe(node));
        }
        return node.asDouble();
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw error("expected true or false, not " + describe(node));
        }
        return node.asBoolean();
    }

    /**
     * A yes/no flag written as {@code true}/{@code false} or, as ROS map_server files do, as the
     * integer 0 or 1.
     */
    boolean flag() {
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isIntegralNumber() && (node.asLong() == 0 || node.asLong() == 1)) {
            return node.asLong() == 1;
        }
        throw error("expected 0 or 1 (or true/false), not " + describe(node));
    }

    /** A list of exactly {@code n} numbers. */
    double[] numbers(int n) {
        List<MapNode> items = list();
        if (items.size() != n) {
            throw error("expected a list of " + n + " numbers, not " + items.size() + " items");
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = items.get(i).number();
        }
        return out;
    }

    Point point() {
        double[] xy = numbers(2);
        return new Point(xy[0], xy[1]);
    }

    /** A list of at least three {@code [x, y]} vertices enclosing a non-zero area. */
    Polygon polygon() {
        List<MapNode> items = list();
        if (items.size() < 3) {
            throw error("a polygon needs at least 3 vertices [x, y], not " + items.size());
        }
        List<Point> vertices = items.stream().map(MapNode::point).toList();
        Polygon polygon = new Polygon(vertices);
        if (polygon.area() < 1e-9) {
            throw error("polygon encloses no area (are its vertices collinear or repeated?)");
        }
        return polygon;
    }

    MapNode child(String key) {
        return new MapNode(source, path.isEmpty() ? key : path + "." + key, node.get(key));
    }

    private static List<String> sorted(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static String describe(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return "nothing";
        }
        if (n.isObject()) {
            return "a mapping";
        }
        if (n.isArray()) {
            return "a list";
        }
        String text = n.asText();
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return (n.isTextual() ? "text" : n.isNumber() ? "the number" : n.isBoolean() ? "the boolean" : "the value") + " '" + shown + "'";
    }
}
