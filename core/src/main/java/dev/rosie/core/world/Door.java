package dev.rosie.core.world;

import dev.rosie.core.action.Names;
import java.util.List;
import java.util.Objects;

/**
 * A door across an opening, from {@code a} to {@code b} along the wall. A closed door blocks the
 * opening; {@code connects} names the two sides ({@code outside} for an exterior door).
 */
public record Door(String name, Point a, Point b, List<String> connects, boolean open) {
    public static final String OUTSIDE = "outside";

    public Door {
        name = Names.require(name, "door");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        connects = connects.stream().map(c -> Names.require(c, "room")).toList();
        if (connects.size() != 2) {
            throw new IllegalArgumentException("door '" + name + "' must connect exactly two sides, not " + connects);
        }
    }

    public boolean exterior() {
        return connects.contains(OUTSIDE);
    }

    public Point midpoint() {
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    public Door withOpen(boolean nowOpen) {
        return new Door(name, a, b, connects, nowOpen);
    }
}
