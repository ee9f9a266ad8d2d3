package dev.rosie.planner.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.WorldSnapshot;
import java.util.List;
import java.util.Locale;

/**
 * The read-only world tools a model may call before it answers: the room list, object lookup, when
 * a room was last cleaned, and the robot's state. Answered from the snapshot the plan is made
 * against, so nothing a tool says can disagree with what the guard checks, and nothing changes.
 */
public final class WorldTools {
    public static final String ROOMS = "list_rooms";
    public static final String FIND_OBJECT = "find_object";
    public static final String LAST_CLEANED = "last_cleaned";
    public static final String ROBOT_STATE = "robot_state";

    private static final ObjectMapper JSON = new ObjectMapper();

    private WorldTools() {
    }

    public static List<ToolSpecification> specifications() {
        return List.of(
                ToolSpecification.builder().name(ROOMS)
                        .description("Lists the rooms, doors (open or closed) and no-go zones of the home.")
                        .parameters(JsonObjectSchema.builder().build()).build(),
                ToolSpecification.builder().name(FIND_OBJECT)
                        .description("Looks up objects whose name contains the given words: room, class, position, tags.")
                        .parameters(JsonObjectSchema.builder().addStringProperty("name", "object name or part of it")
                                .required("name").build()).build(),
                ToolSpecification.builder().name(LAST_CLEANED)
                        .description("When a room was last cleaned to completion.")
                        .parameters(JsonObjectSchema.builder().addStringProperty("room", "room name")
                                .required("room").build()).build(),
                ToolSpecification.builder().name(ROBOT_STATE)
                        .description("The robot's position, room, battery and whether it is docked.")
                        .parameters(JsonObjectSchema.builder().build()).build());
    }

    /** Answers one tool call as a JSON text; an unknown tool or bad arguments get an {@code error} answer. */
    public static String answer(ToolExecutionRequest call, WorldSnapshot world) {
        JsonNode args;
        try {
            String a = call.arguments();
            args = a == null || a.isBlank() ? JSON.createObjectNode() : JSON.readTree(a);
        } catch (JsonProcessingException e) {
            return error("arguments are not JSON: " + e.getOriginalMessage());
        }
        if (args == null || !args.isObject()) {
            return error("arguments must be a JSON object");
        }
        String name = call.name() == null ? "" : call.name();
        return switch (name) {
            case ROOMS -> write(rooms(world));
            case FIND_OBJECT -> args.path("name").isTextual() ? write(find(world, args.get("name").asText()))
                    : error("find_object needs a string 'name'");
            case LAST_CLEANED -> args.path("room").isTextual() ? lastCleaned(world, args.get("room").asText())
                    : error("last_cleaned needs a string 'room'");
            case ROBOT_STATE -> write(robot(world));
            default -> error("unknown tool '" + name + "'; tools are " + String.join(", ", ROOMS, FIND_OBJECT,
                    LAST_CLEANED, ROBOT_STATE));
        };
    }

    private static ObjectNode rooms(WorldSnapshot world) {
        HomeMap map = world.map();
        ObjectNode out = JSON.createObjectNode();
        ArrayNode rooms = out.putArray("rooms");
        map.rooms().stream().map(Room::name).forEach(rooms::add);
        ArrayNode doors = out.putArray("doors");
        for (Door d : map.doors()) {
            doors.addObject().put("name", d.name()).put("open", d.open()).put("between", String.join(" and ", d.connects()));
        }
        ArrayNode zones = out.putArray("no_go_zones");
        map.zones().forEach(z -> zones.add(z.name()));
        return out;
    }

    private static ObjectNode find(WorldSnapshot world, String query) {
        String q = query.trim().toLowerCase(Locale.ROOT);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode found = out.putArray("objects");
        for (WorldObject o : world.map().objects()) {
            if (!q.isEmpty() && (o.name().contains(q) || q.contains(o.name()))) {
                ObjectNode n = found.addObject().put("name", o.name()).put("room", o.room())
                        .put("class", o.objectClass().wireName()).put("x", round(o.position().x()))
                        .put("y", round(o.position().y()));
                ArrayNode tags = n.putArray("tags");
                o.tags().stream().sorted().forEach(tags::add);
            }
        }
        if (found.isEmpty()) {
            out.put("note", "no object matches '" + query + "'");
        }
        return out;
    }

    private static String lastCleaned(WorldSnapshot world, String room) {
        String key = room.trim().toLowerCase(Locale.ROOT);
        if (world.map().room(key).isEmpty()) {
            return error("no room named '" + room + "'; rooms are " + String.join(", ", world.map().roomNames()));
        }
        ObjectNode out = JSON.createObjectNode().put("room", key);
        world.lastCleaned(key).ifPresentOrElse(t -> out.put("last_cleaned", t.toString())
                .put("minutes_ago", java.time.Duration.between(t, world.takenAt()).toMinutes()),
                () -> out.putNull("last_cleaned"));
        return write(out);
    }

    private static ObjectNode robot(WorldSnapshot world) {
        var r = world.robot();
        return JSON.createObjectNode().put("x", round(r.pose().x())).put("y", round(r.pose().y()))
                .put("room", world.map().roomAt(r.pose().position()).map(Room::name).orElse("none"))
                .put("battery_percent", Math.round(r.battery() * 100)).put("docked", r.docked());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String error(String message) {
        return write(JSON.createObjectNode().put("error", message));
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a tool answer", e);
        }
    }
}
