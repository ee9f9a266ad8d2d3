package dev.rosie.planner.llama;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The longest text, in UTF-8 bytes, a GBNF grammar can produce. Every llama.cpp token decodes to at
 * least one byte, so a completion allowed this many tokens always reaches the end of the grammar:
 * whatever the model samples, decoding stops with a complete plan instead of being cut off mid-JSON.
 * A grammar with unbounded repetition or recursion has no such bound and is rejected, which is what
 * keeps the plan schema's strings and arrays bounded.
 *
 * <p>Reads the GBNF subset llama.cpp's JSON-schema converter emits and hand-written grammars use:
 * rules, string literals, character classes, {@code .}, groups, alternation, {@code ? * +} and
 * {@code {m}}, {@code {m,}}, {@code {m,n}}, and {@code #} comments.
 */
public final class GrammarBound {
    private final Map<String, Node> rules = new HashMap<>();
    private final Map<String, Long> memo = new HashMap<>();
    private final Set<String> visiting = new HashSet<>();

    private GrammarBound(String gbnf) {
        new Parser(gbnf).parseRules(rules);
    }

    /**
     * @throws IllegalArgumentException if the grammar is malformed, names an undefined rule, or has no
     *     finite bound from {@code root}
     */
    public static long maxBytes(String gbnf) {
        GrammarBound b = new GrammarBound(gbnf);
        return b.rule("root");
    }

    private long rule(String name) {
        Long known = memo.get(name);
        if (known != null) {
            return known;
        }
        Node node = rules.get(name);
        if (node == null) {
            throw new IllegalArgumentException("the grammar uses rule '" + name + "' but does not define it");
        }
        if (!visiting.add(name)) {
            throw new IllegalArgumentException("rule '" + name + "' is recursive, so the output has no length bound");
        }
        long n = bound(node, name);
        visiting.remove(name);
        memo.put(name, n);
        return n;
    }

    private long bound(Node node, String inRule) {
        return switch (node) {
            case Node.Bytes b -> b.bytes();
            case Node.Ref r -> rule(r.name());
            case Node.Seq s -> s.items().stream().mapToLong(i -> bound(i, inRule)).reduce(0, Math::addExact);
            case Node.Alt a -> a.options().stream().mapToLong(i -> bound(i, inRule)).max().orElse(0);
            case Node.Repeat r -> {
                long one = bound(r.node(), inRule);
                if (r.max() < 0) {
                    if (one == 0) {
                        yield 0;
                    }
                    throw new IllegalArgumentException("rule '" + inRule + "' repeats without an upper bound");
                }
                yield Math.multiplyExact(one, r.max());
            }
        };
    }

    private sealed interface Node {
        record Bytes(long bytes) implements Node {
        }

        record Ref(String name) implements Node {
        }

        record Seq(List<Node> items) implements Node {
        }

        record Alt(List<Node> options) implements Node {
        }

        /** {@code max < 0}: unbounded. */
        record Repeat(Node node, int max) implements Node {
        }
    }

    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        void parseRules(Map<String, Node> into) {
            skipSpace(true);
            while (i < s.length()) {
                String name = name();
                skipSpace(false);
                if (!s.startsWith("::=", i)) {
                    throw error("expected '::=' after rule name '" + name + "'");
                }
                i += 3;
                into.put(name, alternatives(true));
                skipSpace(true);
            }
        }

        private Node alternatives(boolean topLevel) {
            List<Node> options = new ArrayList<>();
            options.add(sequence(topLevel));
            while (i < s.length() && s.charAt(i) == '|') {
                i++;
                options.add(sequence(topLevel));
            }
            return options.size() == 1 ? options.get(0) : new Node.Alt(options);
        }

        private Node sequence(boolean topLevel) {
            List<Node> items = new ArrayList<>();
            while (true) {
                // Inside a group a rule may continue on the next line; at top level a newline ends it
                // unless the next line does not start a new rule.
                skipSpace(!topLevel || continuesOnNextLine());
                if (i >= s.length()) {
                    break;
                }
                char c = s.charAt(i);
                if (c == '|' || c == ')' || c == '\n' || c == '\r') {
                    break;
                }
                items.add(postfix(atom()));
            }
            return items.size() == 1 ? items.get(0) : new Node.Seq(items);
        }

        private boolean continuesOnNextLine() {
            int j = i;
            while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                j++;
            }
            if (j >= s.length() || (s.charAt(j) != '\n' && s.charAt(j) != '\r')) {
                return false;
            }
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            int k = j;
            while (k < s.length() && isNameChar(s.charAt(k))) {
                k++;
            }
            while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
                k++;
            }
            return j < s.length() && s.charAt(j) != '#' && !s.startsWith("::=", k);
        }

        private Node atom() {
            char c = s.charAt(i);
            if (c == '"') {
                return new Node.Bytes(literal());
            }
            if (c == '[') {
                return new Node.Bytes(charClass());
            }
            if (c == '.') {
                i++;
                return new Node.Bytes(4);
            }
            if (c == '(') {
                i++;
                Node inner = alternatives(false);
                skipSpace(true);
                if (i >= s.length() || s.charAt(i) != ')') {
                    throw error("expected ')'");
                }
                i++;
                return inner;
            }
            if (isNameChar(c)) {
                return new Node.Ref(name());
            }
            throw error("unexpected '" + c + "'");
        }

        private Node postfix(Node node) {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '?') {
                    node = new Node.Repeat(node, 1);
                } else if (c == '*' || c == '+') {
                    node = new Node.Repeat(node, -1);
                } else if (c == '{') {
                    int close = s.indexOf('}', i);
                    if (close < 0) {
                        throw error("unclosed '{'");
                    }
                    String[] bounds = s.substring(i + 1, close).split(",", -1);
                    int max;
                    try {
                        max = bounds.length == 1 ? Integer.parseInt(bounds[0].trim())
                                : bounds[1].isBlank() ? -1 : Integer.parseInt(bounds[1].trim());
                    } catch (NumberFormatException e) {
                        throw error("bad repetition '" + s.substring(i, close + 1) + "'");
                    }
                    node = new Node.Repeat(node, max);
                    i = close;
                } else {
                    return node;
                }
                i++;
            }
            return node;
        }

        private long literal() {
            i++;
            StringBuilder text = new StringBuilder();
            while (i < s.length() && s.charAt(i) != '"') {
                text.appendCodePoint(escapedChar());
            }
            if (i >= s.length()) {
                throw error("unclosed string literal");
            }
            i++;
            return text.toString().getBytes(StandardCharsets.UTF_8).length;
        }

        private long charClass() {
            i++;
            boolean negated = i < s.length() && s.charAt(i) == '^';
            if (negated) {
                i++;
            }
            int highest = 0;
            while (i < s.length() && s.charAt(i) != ']') {
                int cp = escapedChar();
                if (i < s.length() - 1 && s.charAt(i) == '-' && s.charAt(i + 1) != ']') {
                    i++;
                    cp = escapedChar();
                }
                highest = Math.max(highest, cp);
            }
            if (i >= s.length()) {
                throw error("unclosed character class");
            }
            i++;
            return negated ? 4 : new String(Character.toChars(highest)).getBytes(StandardCharsets.UTF_8).length;
        }

        private int escapedChar() {
            char c = s.charAt(i++);
            if (c != '\\') {
                if (Character.isHighSurrogate(c) && i < s.length()) {
                    return Character.toCodePoint(c, s.charAt(i++));
                }
                return c;
            }
            if (i >= s.length()) {
                throw error("dangling escape");
            }
            char e = s.charAt(i++);
            return switch (e) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'x' -> hex(2);
                case 'u' -> hex(4);
                case 'U' -> hex(8);
                default -> e;
            };
        }

        private int hex(int digits) {
            if (i + digits > s.length()) {
                throw error("short hex escape");
            }
            int v = Integer.parseUnsignedInt(s.substring(i, i + digits), 16);
            i += digits;
            return v;
        }

        private String name() {
            int start = i;
            while (i < s.length() && isNameChar(s.charAt(i))) {
                i++;
            }
            if (start == i) {
                throw error("expected a rule name");
            }
            return s.substring(start, i);
        }

        private static boolean isNameChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        }

        private void skipSpace(boolean newlines) {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '#') {
                    while (i < s.length() && s.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == ' ' || c == '\t' || (newlines && (c == '\n' || c == '\r'))) {
                    i++;
                } else {
                    return;
                }
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("grammar: " + what + " at offset " + i);
        }
    }
}
