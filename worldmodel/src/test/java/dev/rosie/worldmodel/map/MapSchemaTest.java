package dev.rosie.worldmodel.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The published JSON schema and the loader must accept the same keys, or one of them is lying. */
class MapSchemaTest {

    @Test
    void should_publish_the_keys_the_loader_accepts() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/map.schema.json")) {
            schema = JsonMapper.builder().build().readTree(in);
        }
        assertKeys(schema, MapReader.TOP_REQUIRED, MapReader.TOP_OPTIONAL);
        assertKeys(schema.at("/properties/size"), MapReader.SIZE_KEYS, Set.of());
        JsonNode defs = schema.get("$defs");
        assertKeys(defs.get("room"), MapReader.ROOM_KEYS, Set.of());
        assertKeys(defs.get("door"), MapReader.DOOR_KEYS, Set.of());
        assertKeys(defs.get("zone"), MapReader.ZONE_KEYS, Set.of());
        assertKeys(defs.get("object"), MapReader.OBJECT_REQUIRED, MapReader.OBJECT_OPTIONAL);
        assertKeys(defs.get("dock"), MapReader.DOCK_KEYS, Set.of());
        assertKeys(defs.get("resident"), MapReader.RESIDENT_REQUIRED, MapReader.RESIDENT_OPTIONAL);
    }

    @Test
    void should_publish_the_keys_an_overlay_accepts() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/overlay.schema.json")) {
            schema = JsonMapper.builder().build().readTree(in);
        }
        assertKeys(schema, MapReader.OVERLAY_REQUIRED, MapReader.OVERLAY_OPTIONAL);
    }

    private static void assertKeys(JsonNode def, Set<String> required, Set<String> optional) {
        Set<String> all = new HashSet<>(required);
        all.addAll(optional);
        Set<String> properties = new HashSet<>();
        def.get("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> requiredInSchema = new HashSet<>();
        def.get("required").forEach(n -> requiredInSchema.add(n.asText()));
        assertThat(properties).isEqualTo(all);
        assertThat(requiredInSchema).isEqualTo(required);
        assertThat(def.get("additionalProperties").asBoolean(true)).isFalse();
    }
}
