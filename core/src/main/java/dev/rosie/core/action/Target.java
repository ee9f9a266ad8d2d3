package dev.rosie.core.action;

import java.util.Locale;

/** Where a {@link Action.NavigateTo} goes: a name the world model knows, or map coordinates. */
public sealed interface Target {

    String describe();

    record Named(String name) implements Target {
        public Named {
            name = Names.require(name, "target");
        }

        @Override
        public String describe() {
            return name;
        }
    }

    /** A point in the map frame, in metres. */
    record Coordinates(double x, double y) implements Target {
        public Coordinates {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("coordinates must be finite numbers");
            }
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "(%.2f, %.2f)", x, y);
        }
    }
}
