package dev.rosie.actuation.motion;

import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.ObjectClass;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Polygon;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.WorldObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A hall and a study for reaching tests:
 *
 * <pre>
 *  y 4.0 +-----------------------+---------------------------+
 *        |                       |cup     [ desk: paper  ]   |
 *        |        hall           |        [ book         ]   |
 *        |    sock               |         study             |
 *  y 1.1 |                       :                           |
 *        | dock &gt;            study door                      |
 *  y 0   +-----------------------+---------------------------+
 *       x 0                  x 3.0-3.1                     x 6.0
 * </pre>
 *
 * <p>The desk is 0.7 m deep against the north wall: the book lies 0.15 m in from its front edge,
 * the paper in its middle (0.35 m in), like the reference apartment's laptop before and after it
 * moved. The cup stands on a shelf against the partition, on the study side, 0.05 m from the wall.
 */
public final class StudyMap {
    public static final String HALL = "hall";
    public static final String STUDY = "study";
    public static final String DOOR = "study door";
    public static final Polygon DESK_AREA = Polygon.rectangle(4.0, 3.2, 5.8, 3.9);
    public static final Point BOOK = new Point(4.9, 3.35);
    public static final Point PAPER = new Point(4.9, 3.55);
    public static final Point CUP = new Point(3.15, 2.5);
    public static final Point SOCK = new Point(1.5, 2.0);
    public static final Pose DOCK = new Pose(0.4, 0.6, 0.0);

    private StudyMap() {
    }

    public static HomeMap withDoor(boolean open) {
        OccupancyGrid grid = TestMaps.grid(6.0, 4.0)
                .outline(0, 0, 6.0, 4.0, TestMaps.WALL)
                .fill(3.0, 1.1, 3.1, 4.0, OccupancyGrid.OCCUPIED)
                .fill(DESK_AREA.minX(), DESK_AREA.minY(), DESK_AREA.maxX(), DESK_AREA.maxY(), OccupancyGrid.OCCUPIED)
                .build();
        Door door = new Door(DOOR, new Point(3.05, 0.1), new Point(3.05, 1.1), List.of(HALL, STUDY), open);
        return new HomeMap("study", grid,
                List.of(new Room(HALL, Polygon.rectangle(0.1, 0.1, 3.0, 3.9)),
                        new Room(STUDY, Polygon.rectangle(3.1, 0.1, 5.9, 3.9))),
                List.of(door), List.of(),
                List.of(new WorldObject("desk", ObjectClass.FURNITURE, new Point(4.9, 3.55), STUDY, Optional.of(DESK_AREA),
                                true, Set.of()),
                        small("book", BOOK, STUDY), small("paper", PAPER, STUDY), small("cup", CUP, STUDY),
                        small("sock", SOCK, HALL)),
                DOCK);
    }

    private static WorldObject small(String name, Point at, String room) {
        return new WorldObject(name, ObjectClass.SMALL, at, room, Optional.empty(), false, Set.of());
    }
}
