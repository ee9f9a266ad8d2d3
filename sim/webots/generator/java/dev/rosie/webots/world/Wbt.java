package dev.rosie.webots.world;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A small writer for Webots' VRML-like world syntax: nested nodes, one field per line, two-space
 * indentation. Numbers are printed the same way on every machine (no locale, no exponent, at most
 * four decimals, no trailing zeros), which is what lets a test compare the committed world with a
 * fresh generation byte for byte.
 */
final class Wbt {
    private final StringBuilder out = new StringBuilder();
    private int depth;

    /** A raw line at the current depth (comments, header lines). */
    Wbt line(String text) {
        indent();
        out.append(text).append('\n');
        return this;
    }

    Wbt blank() {
        out.append('\n');
        return this;
    }

    /** Opens {@code header {}}, e.g. {@code Solid} or {@code DEF WALL_3 Solid} or {@code children [}. */
    Wbt open(String header) {
        line(header + " {");
        depth++;
        return this;
    }

    Wbt close() {
        depth--;
        return line("}");
    }

    /** Opens a multiple-node field: {@code name [}. */
    Wbt openList(String field) {
        line(field + " [");
        depth++;
        return this;
    }

    Wbt closeList() {
        depth--;
        return line("]");
    }

    Wbt field(String name, String value) {
        return line(name + " " + value);
    }

    Wbt text(String name, String value) {
        return field(name, quote(value));
    }

    Wbt number(String name, double... values) {
        return field(name, numbers(values));
    }

    Wbt flag(String name, boolean value) {
        return field(name, value ? "TRUE" : "FALSE");
    }

    Wbt texts(String name, List<String> values) {
        return field(name, "[ " + values.stream().map(Wbt::quote).collect(Collectors.joining(" ")) + " ]");
    }

    @Override
    public String toString() {
        if (depth != 0) {
            throw new IllegalStateException("unbalanced world: " + depth + " node(s) left open");
        }
        return out.toString();
    }

    static String numbers(double... values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(number(v));
        }
        return s.toString();
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a world file holds finite numbers only, not " + v);
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.toPlainString();
    }

    /** A VRML string: double quotes, with backslash and quote escaped. */
    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A DEF name from a map name: VRML identifiers cannot hold spaces, so {@code glass vase} -> {@code GLASS_VASE}. */
    static String defName(String prefix, String name) {
        String id = (prefix + "_" + name).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
        return id;
    }

    private void indent() {
        out.append("  ".repeat(depth));
    }
}
