package dev.rosie.webots.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, strict reader of Webots world syntax for tests: it tokenises (comments, strings, braces,
 * brackets), checks that every brace and bracket closes, resolves every USE to an earlier DEF, and
 * builds a tree of nodes and fields. It knows no field types: a field's value is a node, a list, or
 * the run of scalar tokens up to the next field name. It is independent of the generator's writer,
 * so a check made through it does not just restate the generator.
 */
final class WbtTree {
    record Node(String type, Optional<String> def, Map<String, Object> fields) {
        List<Double> numbers(String field) {
            Object v = fields.get(field);
            if (!(v instanceof List<?> l)) {
                return List.of();
            }
            List<Double> out = new ArrayList<>();
            for (Object o : l) {
                if (o instanceof String s && isNumber(s)) {
                    out.add(Double.parseDouble(s));
                }
            }
            return out;
        }

        Optional<String> text(String field) {
            Object v = fields.get(field);
            if (v instanceof List<?> l && l.size() == 1 && l.get(0) instanceof Str s) {
                return Optional.of(s.value());
            }
            return Optional.empty();
        }

        Optional<Node> node(String field) {
            return fields.get(field) instanceof Node n ? Optional.of(n) : Optional.empty();
        }

        List<Node> nodes(String field) {
            Object v = fields.get(field);
            if (v instanceof NodeList l) {
                return l.nodes();
            }
            return v instanceof Node n ? List.of(n) : List.of();
        }
    }

    /** A quoted string (kept apart from bare tokens so "TRUE" and TRUE differ). */
    record Str(String value) {
    }

    record NodeList(List<Node> nodes, List<Object> scalars) {
    }

    final String header;
    final List<String> externProtos = new ArrayList<>();
    final List<Node> roots = new ArrayList<>();
    final Map<String, Node> defs = new HashMap<>();
    private final List<Object> tokens = new ArrayList<>();
    private int at;

    WbtTree(String text) {
        int firstLine = text.indexOf('\n');
        header = firstLine < 0 ? text : text.substring(0, firstLine);
        tokenize(text);
        while (at < tokens.size()) {
            Object t = tokens.get(at);
            if ("EXTERNPROTO".equals(t)) {
                at++;
                externProtos.add(((Str) next()).value());
            } else {
                roots.add(node());
            }
        }
    }

    private void tokenize(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '#') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (c == '"') {
                StringBuilder b = new StringBuilder();
                i++;
                while (true) {
                    if (i >= s.length()) {
                        throw new IllegalArgumentException("unterminated string");
                    }
                    char d = s.charAt(i++);
                    if (d == '\\') {
                        b.append(s.charAt(i++));
                    } else if (d == '"') {
                        break;
                    } else {
                        b.append(d);
                    }
                }
                tokens.add(new Str(b.toString()));
            } else if ("{}[]".indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                i++;
            } else {
                int j = i;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && "{}[]\",#".indexOf(s.charAt(j)) < 0) {
                    j++;
                }
                tokens.add(s.substring(i, j));
                i = j;
            }
        }
    }

    private Object next() {
        if (at >= tokens.size()) {
            throw new IllegalArgumentException("unexpected end of file: a brace or bracket is not closed");
        }
        return tokens.get(at++);
    }

    private Object peek() {
        return at < tokens.size() ? tokens.get(at) : null;
    }

    private Node node() {
        Object t = next();
        if ("USE".equals(t)) {
            String name = (String) next();
            Node target = defs.get(name);
            if (target == null) {
                throw new IllegalArgumentException("USE " + name + " before (or without) DEF " + name);
            }
            return target;
        }
        Optional<String> def = Optional.empty();
        if ("DEF".equals(t)) {
            String name = (String) next();
            if (defs.containsKey(name)) {
                throw new IllegalArgumentException("DEF " + name + " is defined twice");
            }
            def = Optional.of(name);
            t = next();
        }
        String type = (String) t;
        if (!Character.isUpperCase(type.charAt(0))) {
            throw new IllegalArgumentException("expected a node type, got '" + type + "'");
        }
        if (!"{".equals(next())) {
            throw new IllegalArgumentException(type + ": expected '{'");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        Node node = new Node(type, def, fields);
        def.ifPresent(d -> defs.put(d, node));
        while (!"}".equals(peek())) {
            Object f = next();
            if (!(f instanceof String name) || !Character.isLowerCase(name.charAt(0))) {
                throw new IllegalArgumentException(type + ": expected a field name, got '" + f + "'");
            }
            fields.put(name, value());
        }
        next();
        return node;
    }

    private boolean startsNode() {
        Object t = peek();
        if ("DEF".equals(t) || "USE".equals(t)) {
            return true;
        }
        return t instanceof String s && Character.isUpperCase(s.charAt(0)) && at + 1 < tokens.size()
                && "{".equals(tokens.get(at + 1));
    }

    private Object value() {
        if ("[".equals(peek())) {
            next();
            List<Node> nodes = new ArrayList<>();
            List<Object> scalars = new ArrayList<>();
            while (!"]".equals(peek())) {
                if (startsNode()) {
                    nodes.add(node());
                } else {
                    Object s = next();
                    if ("{".equals(s) || "}".equals(s) || "[".equals(s)) {
                        throw new IllegalArgumentException("unexpected '" + s + "' in a list");
                    }
                    scalars.add(s);
                }
            }
            next();
            return nodes.isEmpty() ? scalars : new NodeList(nodes, scalars);
        }
        if (startsNode()) {
            return node();
        }
        List<Object> scalars = new ArrayList<>();
        while (true) {
            Object t = peek();
            if (t == null || "}".equals(t) || (t instanceof String s && Character.isLowerCase(s.charAt(0)))) {
                break;
            }
            if ("{".equals(t) || "[".equals(t) || "]".equals(t)) {
                throw new IllegalArgumentException("unexpected '" + t + "' in a field value");
            }
            scalars.add(next());
        }
        if (scalars.isEmpty()) {
            throw new IllegalArgumentException("a field without a value");
        }
        return scalars;
    }

    static boolean isNumber(String s) {
        return s.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");
    }
}
