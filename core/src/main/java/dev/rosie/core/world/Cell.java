package dev.rosie.core.world;

/** A cell index in an {@link OccupancyGrid}: column {@code ix}, row {@code iy} (row 0 at the origin). */
public record Cell(int ix, int iy) {
}
