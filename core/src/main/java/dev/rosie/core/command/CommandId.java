package dev.rosie.core.command;

import java.util.regex.Pattern;

/** A command's identity, carried by its plan, verdict, execution events and log entries. */
public record CommandId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public CommandId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a command id is 1-64 letters, digits or ._:- but was '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
