package dev.rosie.worldmodel.map;

import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.Cell;
import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.ObjectClass;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Polygon;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.Zone;
import dev.rosie.core.world.ZoneKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one parsed document in Rosie's map format into a {@link LoadedMap}, checking as it goes.
 * One instance per document: it accumulates the names seen so far so that a duplicate is reported
 * at its second occurrence, with the path of the first.
 */
final class MapReader {
    static final Set<String> TOP_REQUIRED = Set.of("name", "resolution", "size", "origin", "walls", "rooms", "dock");
    static final Set<String> TOP_OPTIONAL = Set.of("wall_thickness", "doors", "zones", "objects", "residents");
    /** An overlay names things on a grid drawn elsewhere: the keys that draw a grid are not allowed. */
    static final Set<String> OVERLAY_REQUIRED = Set.of("rooms", "dock");
    static final Set<String> OVERLAY_OPTIONAL = Set.of("name", "doors", "zones", "objects", "residents");
    static final List<String> GRID_KEYS = List.of("resolution", "size", "origin", "wall_thickness", "walls");
    static final Set<String> SIZE_KEYS = Set.of("width", "height");
    static final Set<String> ROOM_KEYS = Set.of("name", "polygon");
    static final Set<String> DOOR_KEYS = Set.of("name", "from", "to", "connects", "open");
    static final Set<String> ZONE_KEYS = Set.of("name", "kind", "polygon");
    static final Set<String> OBJECT_REQUIRED = Set.of("name", "class", "position", "room");
    static final Set<String> OBJECT_OPTIONAL = Set.of("footprint", "obstacle", "tags");
    static final Set<String> DOCK_KEYS = Set.of("x", "y", "theta");
    static final Set<String> RESIDENT_REQUIRED = Set.of("name", "kind", "position", "room");
    static final Set<String> RESIDENT_OPTIONAL = Set.of("asleep");

    static final double MIN_RESOLUTION = 0.01;
    static final double MAX_RESOLUTION = 1.0;
    static final double DEFAULT_WALL_THICKNESS = 0.10;
    static final double MAX_WALL_THICKNESS = 1.0;
    static final String MAP_PROVENANCE = "map";

    private final MapNode root;
    private final Instant loadedAt;
    /** The grid an overlay is read against; null when the document draws its own grid. */
    private final OccupancyGrid given;
    private final String defaultName;
    /** Every name used so far and where, so duplicates name both places. */
    private final Map<String, String> namesSeen = new HashMap<>();
    private GridFrame frame;

    MapReader(MapNode root, Instant loadedAt) {
        this(root, loadedAt, null, null);
    }

    private MapReader(MapNode root, Instant loadedAt, OccupancyGrid given, String defaultName) {
        this.root = root;
        this.loadedAt = loadedAt;
        this.given = given;
        this.defaultName = defaultName;
        namesSeen.put(HomeMap.DOCK, "dock");
    }

    /** A reader for an overlay document on {@code grid} (see {@link RosieMapLoader#loadOverlay}). */
    static MapReader overlay(MapNode root, Instant loadedAt, OccupancyGrid grid, String defaultName) {
        return new MapReader(root, loadedAt, grid, defaultName);
    }

    LoadedMap read() {
        String name;
        double wallThickness = 0;
        List<GridRasterizer.Wall> walls = new ArrayList<>();
        if (given != null) {
            for (String key : GRID_KEYS) {
                if (root.isMapping() && root.has(key)) {
                    throw root.child(key).error("an overlay has no '" + key + "': the grid comes from the map image "
                            + "(remove the grid keys: " + String.join(", ", GRID_KEYS) + ")");
                }
            }
            root.requireKeys(OVERLAY_REQUIRED, OVERLAY_OPTIONAL);
            name = root.find("name").map(MapNode::text).orElse(defaultName);
            frame = new GridFrame(given.resolution(), given.origin(), given.width(), given.height());
        } else {
            root.requireKeys(TOP_REQUIRED, TOP_OPTIONAL);
            name = root.get("name").text();
            frame = readFrame();
            wallThickness = readWallThickness();
            walls = readWalls(wallThickness);
        }

        List<MapNode> roomNodes = root.get("rooms").list();
        if (roomNodes.isEmpty()) {
            throw root.get("rooms").error("a map needs at least one room");
        }
        List<Room> rooms = new ArrayList<>();
        for (MapNode r : roomNodes) {
            r.requireKeys(ROOM_KEYS, Set.of());
            rooms.add(new Room(claim(r.get("name"), "room"), polygonInGrid(r.get("polygon"))));
        }
        Set<String> roomNames = new LinkedHashSet<>(rooms.stream().map(Room::name).toList());

        List<Door> doors = new ArrayList<>();
        for (MapNode d : optionalList("doors")) {
            doors.add(readDoor(d, roomNames));
        }
        List<Zone> zones = new ArrayList<>();
        for (MapNode z : optionalList("zones")) {
            z.requireKeys(ZONE_KEYS, Set.of());
            String zoneName = claim(z.get("name"), "zone");
            ZoneKind kind = parseEnum(z.get("kind"), ZoneKind.class);
            zones.add(new Zone(zoneName, kind, polygonInGrid(z.get("polygon"))));
        }
        List<WorldObject> objects = new ArrayList<>();
        for (MapNode o : optionalList("objects")) {
            objects.add(readObject(o, rooms));
        }
        MapNode dockNode = root.get("dock").requireKeys(DOCK_KEYS, Set.of());
        Pose dock = new Pose(dockNode.get("x").number(), dockNode.get("y").number(), dockNode.get("theta").number());
        inGrid(dockNode, dock.position());

        List<Sighting> residents = new ArrayList<>();
        for (MapNode s : optionalList("residents")) {
            residents.add(readResident(s, rooms));
        }

        OccupancyGrid grid = given != null ? given : rasterise(rooms, zones, doors, objects, walls, wallThickness);
        checkRooms(roomNodes, rooms, grid);
        if (!grid.isFree(grid.cellOf(dock.position()))) {
            throw dockNode.error("the dock at " + show(dock.position()) + " is not on free floor (inside a wall, an obstacle or outside every room)");
        }
        HomeMap map = new HomeMap(name, grid, rooms, doors, zones, objects, dock);
        return new LoadedMap(map, residents);
    }

    private List<GridRasterizer.Wall> readWalls(double wallThickness) {
        List<GridRasterizer.Wall> walls = new ArrayList<>();
        for (MapNode w : root.get("walls").list()) {
            double[] v = w.numbers(4);
            Point a = inGrid(w, new Point(v[0], v[1]));
            Point b = inGrid(w, new Point(v[2], v[3]));
            if (a.distanceTo(b) < 1e-9) {
                throw w.error("a wall segment needs two different end points");
            }
            walls.add(new GridRasterizer.Wall(a, b, wallThickness));
        }
        return walls;
    }

    private GridFrame readFrame() {
        MapNode resNode = root.get("resolution");
        double resolution = resNode.number();
        if (resolution < MIN_RESOLUTION || resolution > MAX_RESOLUTION) {
            throw resNode.error("resolution " + GridFrame.fmt(resolution) + " m per cell is outside " + MIN_RESOLUTION + ".." + MAX_RESOLUTION + " m");
        }
        MapNode size = root.get("size").requireKeys(SIZE_KEYS, Set.of());
        int width = cells(size.get("width"), resolution);
        int height = cells(size.get("height"), resolution);
        Point origin = root.get("origin").point();
        try {
            return new GridFrame(resolution, origin, width, height);
        } catch (IllegalArgumentException e) {
            throw size.error(e.getMessage());
        }
    }

    private static int cells(MapNode n, double resolution) {
        double metres = n.number();
        if (metres <= 0) {
            throw n.error("must be a positive number of metres, not " + GridFrame.fmt(metres));
        }
        double exact = metres / resolution;
        long count = Math.round(exact);
        if (Math.abs(count - exact) > 1e-6 * Math.max(1, exact)) {
            throw n.error(GridFrame.fmt(metres) + " m is not a whole number of " + GridFrame.fmt(resolution) + " m cells");
        }
        if (count > GridFrame.MAX_CELLS_PER_SIDE) {
            throw n.error(count + " cells is more than the limit of " + GridFrame.MAX_CELLS_PER_SIDE + " per side");
        }
        return (int) count;
    }

    private double readWallThickness() {
        Optional<MapNode> node = root.find("wall_thickness");
        if (node.isEmpty()) {
            return DEFAULT_WALL_THICKNESS;
        }
        double t = node.get().number();
        if (t < frame.resolution() - 1e-9 || t > MAX_WALL_THICKNESS) {
            // A wall thinner than a cell can fall between cell centres and vanish from the grid.
            throw node.get().error("wall thickness " + GridFrame.fmt(t) + " m must be between one cell ("
                    + GridFrame.fmt(frame.resolution()) + " m) and " + GridFrame.fmt(MAX_WALL_THICKNESS) + " m");
        }
        return t;
    }

    private Door readDoor(MapNode d, Set<String> roomNames) {
        d.requireKeys(DOOR_KEYS, Set.of());
        String doorName = claim(d.get("name"), "door");
        Point from = inGrid(d.get("from"), d.get("from").point());
        Point to = inGrid(d.get("to"), d.get("to").point());
        if (from.distanceTo(to) < 1e-9) {
            throw d.get("to").error("a door opening needs two different end points");
        }
        MapNode connectsNode = d.get("connects");
        List<MapNode> sides = connectsNode.list();
        if (sides.size() != 2) {
            throw connectsNode.error("a door connects exactly two sides (rooms, or a room and '" + Door.OUTSIDE + "'), not " + sides.size());
        }
        List<String> connects = new ArrayList<>();
        for (MapNode side : sides) {
            String s = side.name("room");
            if (!s.equals(Door.OUTSIDE) && !roomNames.contains(s)) {
                throw side.error("unknown room '" + s + "'; expected one of " + String.join(", ", roomNames) + " or " + Door.OUTSIDE);
            }
            connects.add(s);
        }
        if (connects.get(0).equals(connects.get(1))) {
            throw connectsNode.error("a door must connect two different sides, not '" + connects.get(0) + "' twice");
        }
        return new Door(doorName, from, to, connects, d.get("open").bool());
    }

    private WorldObject readObject(MapNode o, List<Room> rooms) {
        o.requireKeys(OBJECT_REQUIRED, OBJECT_OPTIONAL);
        String objectName = claim(o.get("name"), "object");
        ObjectClass objectClass = parseEnum(o.get("class"), ObjectClass.class);
        MapNode posNode = o.get("position");
        Point position = inGrid(posNode, posNode.point());
        Room room = requireRoom(o.get("room"), rooms);
        if (!room.area().contains(position)) {
            throw posNode.error(show(position) + " is not inside room '" + room.name() + "'");
        }
        Optional<Polygon> footprint = o.find("footprint").map(this::readFootprint);
        boolean obstacle = o.find("obstacle").map(MapNode::bool).orElse(false);
        if (obstacle && footprint.isEmpty()) {
            throw o.get("obstacle").error("an obstacle needs a footprint, or the grid cannot show where it blocks");
        }
        Set<String> tags = new TreeSet<>();
        o.find("tags").ifPresent(t -> t.list().forEach(tag -> tags.add(tag.name("tag"))));
        return new WorldObject(objectName, objectClass, position, room.name(), footprint, obstacle, tags);
    }

    /** {@code [x0, y0, x1, y1]} is a rectangle; a list of {@code [x, y]} is a polygon. */
    private Polygon readFootprint(MapNode f) {
        List<MapNode> items = f.list();
        if (!items.isEmpty() && !items.get(0).isList()) {
            double[] r = f.numbers(4);
            if (r[2] <= r[0] || r[3] <= r[1]) {
                throw f.error("a rectangle footprint is [x0, y0, x1, y1] with x0 < x1 and y0 < y1");
            }
            inGrid(f, new Point(r[0], r[1]));
            inGrid(f, new Point(r[2], r[3]));
            return Polygon.rectangle(r[0], r[1], r[2], r[3]);
        }
        return polygonInGrid(f);
    }

    private Sighting readResident(MapNode s, List<Room> rooms) {
        s.requireKeys(RESIDENT_REQUIRED, RESIDENT_OPTIONAL);
        // Residents share the namespace: "go to miso" must not be ambiguous with an object called miso.
        String residentName = claim(s.get("name"), "resident");
        BeingKind kind = parseEnum(s.get("kind"), BeingKind.class);
        MapNode posNode = s.get("position");
        Point position = inGrid(posNode, posNode.point());
        Room room = requireRoom(s.get("room"), rooms);
        if (!room.area().contains(position)) {
            throw posNode.error(show(position) + " is not inside room '" + room.name() + "'");
        }
        boolean asleep = s.find("asleep").map(MapNode::bool).orElse(false);
        return new Sighting(residentName, kind, position, room.name(), loadedAt, MAP_PROVENANCE, asleep);
    }

    /**
     * Floor is every room and every zone: a no-go zone such as the stairs is physically drivable,
     * which is exactly why it needs a rule, so the grid must not pretend it is a wall.
     */
    private OccupancyGrid rasterise(List<Room> rooms, List<Zone> zones, List<Door> doors, List<WorldObject> objects,
            List<GridRasterizer.Wall> walls, double wallThickness) {
        List<GridRasterizer.Layer> layers = new ArrayList<>();
        rooms.forEach(r -> layers.add(new GridRasterizer.Floor(r.area())));
        zones.forEach(z -> layers.add(new GridRasterizer.Floor(z.area())));
        layers.addAll(walls);
        doors.forEach(d -> layers.add(new GridRasterizer.Opening(d.a(), d.b(), wallThickness)));
        objects.stream().filter(WorldObject::obstacle)
                .forEach(o -> layers.add(new GridRasterizer.Obstacle(o.footprint().orElseThrow())));
        return new GridRasterizer(frame).paint(layers);
    }

    /** Each room must have floor left after walls and furniture, and no two rooms may share floor. */
    private void checkRooms(List<MapNode> roomNodes, List<Room> rooms, OccupancyGrid grid) {
        int[] owner = new int[frame.width() * frame.height()];
        Arrays.fill(owner, -1);
        for (int i = 0; i < rooms.size(); i++) {
            List<Cell> cells = frame.cellsInside(rooms.get(i).area());
            boolean anyFree = false;
            for (Cell c : cells) {
                int idx = c.iy() * frame.width() + c.ix();
                if (owner[idx] >= 0) {
                    throw roomNodes.get(i).get("polygon").error("overlaps room '" + rooms.get(owner[idx]).name()
                            + "' at " + show(frame.centerOf(c.ix(), c.iy())) + "; rooms must not share floor");
                }
                owner[idx] = i;
                anyFree |= grid.isFree(c);
            }
            if (!anyFree) {
                throw roomNodes.get(i).get("polygon").error("room '" + rooms.get(i).name()
                        + (given != null ? "' has no free cell in the map image (is the polygon where the room is?)"
                                : "' has no free floor cell after walls and obstacles are drawn"));
            }
        }
    }

    private String claim(MapNode nameNode, String what) {
        String n = nameNode.name(what);
        String first = namesSeen.putIfAbsent(n, nameNode.path());
        if (first != null) {
            throw nameNode.error("the name '" + n + "' is already used by " + first + "; names must be unique across rooms, doors, zones, objects, residents and the dock");
        }
        return n;
    }

    private static Room requireRoom(MapNode roomNode, List<Room> rooms) {
        String n = roomNode.name("room");
        return rooms.stream().filter(r -> r.name().equals(n)).findFirst().orElseThrow(() -> roomNode.error(
                "unknown room '" + n + "'; expected one of " + String.join(", ", rooms.stream().map(Room::name).toList())));
    }

    private List<MapNode> optionalList(String key) {
        return root.find(key).map(MapNode::list).orElse(List.of());
    }

    private Polygon polygonInGrid(MapNode n) {
        Polygon p = n.polygon();
        p.vertices().forEach(v -> inGrid(n, v));
        return p;
    }

    private Point inGrid(MapNode at, Point p) {
        if (!frame.contains(p)) {
            throw at.error(show(p) + " is outside the grid (" + frame.describeBounds() + ")");
        }
        return p;
    }

    /** Wire names are the enum constants in lower case ({@code no_go}, {@code hazardous}). */
    private static <E extends Enum<E>> E parseEnum(MapNode n, Class<E> type) {
        String text = n.text();
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(text)) {
                return e;
            }
        }
        List<String> expected = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        throw n.error("unknown value '" + text + "'; expected one of " + String.join(", ", expected));
    }

    private static String show(Point p) {
        return "(" + GridFrame.fmt(p.x()) + ", " + GridFrame.fmt(p.y()) + ")";
    }
}
