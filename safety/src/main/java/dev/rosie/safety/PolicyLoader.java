package dev.rosie.safety;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rosie.core.InvalidInputException;
import dev.rosie.core.action.ActionType;
import dev.rosie.core.action.Names;
import dev.rosie.core.command.Trust;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a policy from YAML and validates every field. A malformed policy fails with the file, the
 * field and the reason; nothing falls back to a default.
 */
public final class PolicyLoader {
    /** The reference apartment's policy, shipped in this module. */
    public static final String REFERENCE = "/policy/reference-policy.yaml";

    // A key given twice ("front door: []" then "front door: [owner]") is refused, not silently last-wins.
    private final ObjectMapper yaml = strict(new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT));

    /**
     * No silent repairs: "16.5" steps is not 16, and a quoted "16" or "0.5" is a string where a
     * number belongs, so both are refused with the field's name rather than quietly coerced.
     */
    private static ObjectMapper strict(ObjectMapper mapper) {
        for (com.fasterxml.jackson.databind.type.LogicalType number : List.of(
                com.fasterxml.jackson.databind.type.LogicalType.Integer, com.fasterxml.jackson.databind.type.LogicalType.Float,
                com.fasterxml.jackson.databind.type.LogicalType.Boolean)) {
            mapper.coercionConfigFor(number).setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.String,
                    com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
        }
        return mapper;
    }

    /** The YAML document's shape; validated into a {@link Policy}. */
    record PolicyFile(
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "version", required = true) int version,
            @JsonProperty(value = "allowed_actions", required = true) Map<String, List<String>> allowedActions,
            @JsonProperty(value = "doors", required = true) Map<String, List<String>> doors,
            @JsonProperty(value = "cleaning_cooldown_minutes", required = true) double cleaningCooldownMinutes,
            @JsonProperty(value = "sleeping_child_quiet", required = true) boolean sleepingChildQuiet,
            @JsonProperty(value = "sighting_max_age_minutes", required = true) double sightingMaxAgeMinutes,
            @JsonProperty(value = "max_plan_steps", required = true) int maxPlanSteps,
            @JsonProperty(value = "no_go_margin_m", required = true) double noGoMarginM,
            @JsonProperty(value = "keep_out_m", required = true) double keepOutM,
            @JsonProperty(value = "max_speed_mps", required = true) double maxSpeedMps,
            @JsonProperty(value = "max_commands_per_minute", required = true) int maxCommandsPerMinute,
            @JsonProperty(value = "privacy", required = true) PrivacyFile privacy,
            @JsonProperty(value = "owner_confirmation", required = true) ConfirmationFile ownerConfirmation) {
    }

    record PrivacyFile(
            @JsonProperty(value = "routine_answers_to", required = true) List<String> routineAnswersTo,
            @JsonProperty(value = "images_leave_to", required = true) List<String> imagesLeaveTo) {
    }

    record ConfirmationFile(
            @JsonProperty(value = "expires_after_minutes", required = true) double expiresAfterMinutes,
            @JsonProperty(value = "needed_for", required = true) List<NeedFile> neededFor) {
    }

    record NeedFile(
            @JsonProperty(value = "action", required = true) String action,
            @JsonProperty("mode") String mode,
            @JsonProperty("between") String between,
            @JsonProperty("objects") List<String> objects,
            @JsonProperty("tags") List<String> tags,
            @JsonProperty("requested_by") List<String> requestedBy,
            @JsonProperty(value = "why", required = true) String why) {
    }

    public Policy loadReference() {
        try (InputStream in = PolicyLoader.class.getResourceAsStream(REFERENCE)) {
            if (in == null) {
                throw new IllegalStateException("the reference policy " + REFERENCE + " is missing from the build");
            }
            return parse(in.readAllBytes(), "classpath:" + REFERENCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Policy load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read policy " + file + ": " + e.getMessage(), e);
        }
        return parse(bytes, file.toString());
    }

    Policy parse(byte[] bytes, String where) {
        PolicyFile f;
        try (JsonParser parser = yaml.createParser(bytes)) {
            // An empty or comment-only file has no token at all; say so instead of Jackson's end-of-input.
            f = parser.nextToken() == null ? null : yaml.readValue(parser, PolicyFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidInputException(where + ": unknown field '" + e.getPropertyName() + "' at " + YamlErrors.path(e)
                    + "; known fields: " + e.getKnownPropertyIds());
        } catch (JsonMappingException e) {
            throw new InvalidInputException(where + ": " + YamlErrors.path(e) + ": " + YamlErrors.reason(e));
        } catch (StreamReadException e) {
            // A key given twice is found while reading, before any field is bound.
            throw new InvalidInputException(where + ": " + YamlErrors.duplicateKey(e)
                    .orElseGet(() -> "not valid YAML: " + e.getMessage()), e);
        } catch (IOException e) {
            throw new InvalidInputException(where + ": not valid YAML: " + e.getMessage(), e);
        }
        if (f == null) {
            throw new InvalidInputException(where + ": the policy is empty");
        }
        try {
            return toPolicy(f, where);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(where + ": " + e.getMessage(), e);
        }
    }

    private static Policy toPolicy(PolicyFile f, String where) {
        if (f.name() == null || f.name().isBlank()) {
            throw new IllegalArgumentException("name: must not be empty");
        }
        if (f.allowedActions() == null) {
            throw new IllegalArgumentException("allowed_actions: must say which actions each trust level may ask for");
        }
        Map<Trust, Set<ActionType>> allowed = new HashMap<>();
        for (Map.Entry<String, List<String>> e : f.allowedActions().entrySet()) {
            String field = "allowed_actions." + e.getKey();
            Trust trust = trust(e.getKey(), field);
            Set<ActionType> types = EnumSet.noneOf(ActionType.class);
            List<String> names = e.getValue() == null ? List.of() : e.getValue();
            for (int i = 0; i < names.size(); i++) {
                types.add(actionType(names.get(i), element(field, i)));
            }
            if (trust == Trust.UNTRUSTED && !types.isEmpty()) {
                throw new IllegalArgumentException("allowed_actions." + e.getKey()
                        + ": untrusted sources may not be allowed any action, not " + e.getValue());
            }
            if (allowed.put(trust, types) != null) {
                // "Guest" and "guest" are one level: two lists for it would silently drop one.
                throw new IllegalArgumentException(field + ": the trust level '" + trust.wireName() + "' is listed twice");
            }
        }
        if (f.doors() == null || !f.doors().containsKey("default")) {
            throw new IllegalArgumentException("doors: needs a 'default' entry saying who may operate unlisted doors");
        }
        Map<String, Set<Trust>> doors = new HashMap<>();
        Set<Trust> defaultDoors = Set.of();
        for (Map.Entry<String, List<String>> e : f.doors().entrySet()) {
            String field = "doors." + e.getKey();
            Set<Trust> who = trusts(e.getValue(), field);
            if (who.contains(Trust.UNTRUSTED)) {
                throw new IllegalArgumentException(field + ": untrusted sources may never operate a door");
            }
            if (e.getKey().equals("default")) {
                defaultDoors = who;
            } else {
                String door = name(e.getKey(), "door", field);
                if (doors.put(door, who) != null) {
                    // "Front Door" and "front door" are one door: two rules for it would silently drop one.
                    throw new IllegalArgumentException(field + ": the door '" + door + "' is listed twice");
                }
            }
        }
        if (f.maxPlanSteps() < 1) {
            throw new IllegalArgumentException("max_plan_steps: must be at least 1, not " + f.maxPlanSteps());
        }
        return new Policy(f.name(), f.version(), allowed, doors, defaultDoors,
                minutes(f.cleaningCooldownMinutes(), "cleaning_cooldown_minutes"), f.sleepingChildQuiet(),
                minutes(f.sightingMaxAgeMinutes(), "sighting_max_age_minutes"), f.maxPlanSteps(),
                new Limits(f.noGoMarginM(), f.keepOutM(), f.maxSpeedMps(), f.maxCommandsPerMinute()),
                PolicyParts.privacy(f.privacy()), PolicyParts.confirmation(f.ownerConfirmation()));
    }

    static Duration minutes(double m, String field) {
        if (!(m >= 0) || m > 7 * 24 * 60) {
            throw new IllegalArgumentException(field + ": must be 0 to 10080 minutes, not " + m);
        }
        return Duration.ofMillis(Math.round(m * 60_000));
    }

    /** A name of a place or thing of the home, spelt as the map spells it (lower case, spaces collapsed). */
    static String name(String name, String what, String field) {
        try {
            return Names.require(name, what);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    /** The path of a list's element: {@code needed_for[1]}, never {@code needed_for.[1]}. */
    static String element(String field, int index) {
        return field + "[" + index + "]";
    }

    /** Trust levels of a list, each error naming its element. */
    static Set<Trust> trusts(List<String> names, String field) {
        Set<Trust> who = EnumSet.noneOf(Trust.class);
        List<String> in = names == null ? List.of() : names;
        for (int i = 0; i < in.size(); i++) {
            who.add(trust(in.get(i), element(field, i)));
        }
        return who;
    }

    static Trust trust(String name, String field) {
        try {
            return Trust.parse(name);
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage());
        }
    }

    static ActionType actionType(String name, String field) {
        try {
            return ActionType.fromWire(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": unknown action '" + name + "'; known: "
                    + List.of(ActionType.values()).stream().map(ActionType::wireName).toList());
        }
    }
}
