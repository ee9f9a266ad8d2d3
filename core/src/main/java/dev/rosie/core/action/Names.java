package dev.rosie.core.action;

import java.util.Locale;
import java.util.regex.Pattern;

/** The one rule for names of rooms, objects, doors and places: lower case, short, printable. */
public final class Names {
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9 '_-]{0,47}");

    private Names() {
    }

    /** Lower-cases and trims {@code name}, or says what is wrong with it. */
    public static String require(String name, String what) {
        if (name == null) {
            throw new IllegalArgumentException("a " + what + " name is required");
        }
        String n = name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!SHAPE.matcher(n).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a valid " + what
                    + " name (1-48 letters, digits, spaces, ' _ -)");
        }
        return n;
    }
}
