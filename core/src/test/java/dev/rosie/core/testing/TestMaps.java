package dev.rosie.core.testing;

import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.ObjectClass;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Polygon;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.Zone;
import dev.rosie.core.world.ZoneKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Small homes built in code for unit tests, with every coordinate a constant here so a test can
 * work out by hand where the walls are. Grids are at {@link #RESOLUTION} with the origin at (0, 0);
 * walls are {@link #WALL} thick and aligned to cell edges, so a wall rectangle rasterises to exactly
 * the cells it covers. For the full reference apartment use the map file, not this class.
 */
public final class TestMaps {
    public static final double RESOLUTION = 0.05;
    public static final double WALL = 0.10;

    public static final String LIVING_ROOM = "living room";
    public static final String KITCHEN = "kitchen";
    public static final String KITCHEN_DOOR = "kitchen door";
    public static final String STAIRS = "stairs";
    public static final String KITCHEN_KNIFE = "kitchen knife";
    public static final String TOY_CAR = "toy car";
    public static final String OPEN_ROOM = "room";

    /** The two-room map's outer size: 7.2 m by 3.2 m, walls included. */
    public static final double TWO_ROOMS_WIDTH = 7.2;
    public static final double TWO_ROOMS_HEIGHT = 3.2;
    /** Living-room floor, inside the walls: x 0.1..4.0, y 0.1..3.1. */
    public static final Polygon LIVING_ROOM_FLOOR = Polygon.rectangle(0.1, 0.1, 4.0, 3.1);
    /** Kitchen floor, inside the walls: x 4.1..7.1, y 0.1..3.1. */
    public static final Polygon KITCHEN_FLOOR = Polygon.rectangle(4.1, 0.1, 7.1, 3.1);
    /** The partition wall between the rooms spans x 4.0..4.1; the doorway cuts y 1.2..2.0 out of it. */
    public static final double PARTITION_X0 = 4.0;
    public static final double PARTITION_X1 = 4.1;
    public static final double DOORWAY_Y0 = 1.2;
    public static final double DOORWAY_Y1 = 2.0;
    /** The stairs: a no-go corner of the living room (x 0.1..1.1, y 2.1..3.1), drivable floor on the grid. */
    public static final Polygon STAIRS_AREA = Polygon.rectangle(0.1, 2.1, 1.1, 3.1);
    /** The dock, against the living room's west wall, facing into the room. */
    public static final Pose TWO_ROOMS_DOCK = new Pose(0.4, 0.6, 0.0);
    public static final Point KITCHEN_KNIFE_AT = new Point(6.6, 2.8);
    public static final Point TOY_CAR_AT = new Point(2.5, 1.0);

    private TestMaps() {
    }

    /**
     * Two rooms joined by an open door:
     *
     * <pre>
     *  y 3.2 +--------------------------------+----------------------------+
     *        | stairs  |                      |                      knife |
     *        | (no-go) |                      |                            |
     *  y 2.0 |---------+                      :                            |
     *        |           living room   kitchen door       kitchen          |
     *  y 1.2 |                   toy car      :                            |
     *        | dock &gt;                         |                            |
     *  y 0   +--------------------------------+----------------------------+
     *       x 0                            x 4.0-4.1                    x 7.2
     * </pre>
     *
     * <p>The door is a segment across the doorway at x 4.05; the grid leaves the doorway free, so
     * whoever needs a closed door to block (a planner, the simulator) rasterises it. The stairs are
     * free cells on the grid, like a real stair edge a lidar cannot see: only the zone forbids them.
     * The kitchen knife is hazardous and lies on the counter; the toy car is a small object on the
     * living-room floor. Neither is an obstacle.
     */
    public static HomeMap twoRooms() {
        GridBuilder g = new GridBuilder(TWO_ROOMS_WIDTH, TWO_ROOMS_HEIGHT)
                .outline(0, 0, TWO_ROOMS_WIDTH, TWO_ROOMS_HEIGHT, WALL)
                .fill(PARTITION_X0, 0, PARTITION_X1, DOORWAY_Y0, OccupancyGrid.OCCUPIED)
                .fill(PARTITION_X0, DOORWAY_Y1, PARTITION_X1, TWO_ROOMS_HEIGHT, OccupancyGrid.OCCUPIED);
        double doorX = (PARTITION_X0 + PARTITION_X1) / 2;
        Door door = new Door(KITCHEN_DOOR, new Point(doorX, DOORWAY_Y0), new Point(doorX, DOORWAY_Y1),
                List.of(LIVING_ROOM, KITCHEN), true);
        WorldObject knife = new WorldObject(KITCHEN_KNIFE, ObjectClass.HAZARDOUS, KITCHEN_KNIFE_AT, KITCHEN,
                Optional.empty(), false, Set.of("sharp"));
        WorldObject toyCar = new WorldObject(TOY_CAR, ObjectClass.SMALL, TOY_CAR_AT, LIVING_ROOM,
                Optional.empty(), false, Set.of());
        return new HomeMap("two rooms", g.build(),
                List.of(new Room(LIVING_ROOM, LIVING_ROOM_FLOOR), new Room(KITCHEN, KITCHEN_FLOOR)),
                List.of(door),
                List.of(new Zone(STAIRS, ZoneKind.NO_GO, STAIRS_AREA)),
                List.of(knife, toyCar),
                TWO_ROOMS_DOCK);
    }

    /**
     * One empty walled room named {@value #OPEN_ROOM}, with {@code width} by {@code height} metres
     * of floor (rounded to whole cells) starting at (0.1, 0.1), and the dock 0.3 m from the west
     * wall half-way up, facing east. No doors, zones or objects.
     */
    public static HomeMap openRoom(double width, double height) {
        if (!(width >= 0.5 && height >= 0.5 && width <= 100 && height <= 100)) {
            throw new IllegalArgumentException("an open room is 0.5 to 100 m on a side, not " + width + " x " + height);
        }
        double floorW = Math.round(width / RESOLUTION) * RESOLUTION;
        double floorH = Math.round(height / RESOLUTION) * RESOLUTION;
        double outerW = floorW + 2 * WALL;
        double outerH = floorH + 2 * WALL;
        GridBuilder g = new GridBuilder(outerW, outerH).outline(0, 0, outerW, outerH, WALL);
        Room room = new Room(OPEN_ROOM, Polygon.rectangle(WALL, WALL, WALL + floorW, WALL + floorH));
        return new HomeMap("open room", g.build(), List.of(room), List.of(), List.of(), List.of(),
                new Pose(WALL + 0.3, WALL + floorH / 2, 0.0));
    }

    public static GridBuilder grid(double widthMetres, double heightMetres) {
        return new GridBuilder(widthMetres, heightMetres);
    }

    /**
     * Paints an {@link OccupancyGrid} at {@link #RESOLUTION} with its origin at (0, 0), free to start
     * with. A cell takes a rectangle's value when the cell's centre lies inside the rectangle, so
     * rectangles on cell edges (multiples of 0.05 m) cover exactly the cells they look like.
     */
    public static final class GridBuilder {
        private final int width;
        private final int height;
        private final byte[] cells;

        public GridBuilder(double widthMetres, double heightMetres) {
            this.width = (int) Math.round(widthMetres / RESOLUTION);
            this.height = (int) Math.round(heightMetres / RESOLUTION);
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("a grid needs a positive size, not " + widthMetres + " x " + heightMetres);
            }
            this.cells = new byte[width * height];
        }

        /** Sets every cell whose centre lies in the rectangle to {@code value}. */
        public GridBuilder fill(double x0, double y0, double x1, double y1, byte value) {
            double minX = Math.min(x0, x1);
            double maxX = Math.max(x0, x1);
            double minY = Math.min(y0, y1);
            double maxY = Math.max(y0, y1);
            for (int iy = 0; iy < height; iy++) {
                double cy = (iy + 0.5) * RESOLUTION;
                if (cy < minY || cy > maxY) {
                    continue;
                }
                for (int ix = 0; ix < width; ix++) {
                    double cx = (ix + 0.5) * RESOLUTION;
                    if (cx >= minX && cx <= maxX) {
                        cells[iy * width + ix] = value;
                    }
                }
            }
            return this;
        }

        /** Four walls of the given thickness just inside the rectangle. */
        public GridBuilder outline(double x0, double y0, double x1, double y1, double thickness) {
            byte w = OccupancyGrid.OCCUPIED;
            return fill(x0, y0, x1, y0 + thickness, w)
                    .fill(x0, y1 - thickness, x1, y1, w)
                    .fill(x0, y0, x0 + thickness, y1, w)
                    .fill(x1 - thickness, y0, x1, y1, w);
        }

        public OccupancyGrid build() {
            return new OccupancyGrid(RESOLUTION, new Point(0, 0), width, height, cells);
        }
    }
}
