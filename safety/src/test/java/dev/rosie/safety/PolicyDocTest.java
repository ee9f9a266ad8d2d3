package dev.rosie.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rosie.core.InvalidInputException;
import dev.rosie.core.action.ActionType;
import dev.rosie.core.action.CleanMode;
import dev.rosie.core.command.Trust;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * POLICY.md cannot fall behind the code: every field the loader accepts (read from the loader's own
 * Jackson records, the same ones that reject unknown fields), every trust level, action and cleaning
 * mode, and every rule id a refusal can name (read from this module's sources) must appear in it in
 * backticks, and the error messages it quotes must still be the ones the loader gives.
 */
class PolicyDocTest {
    /** Surefire runs in the module directory. */
    private static final Path DOC = Path.of("POLICY.md");
    private static final Path SOURCES = Path.of("src/main/java/dev/rosie/safety");
    /** A rule id constant: {@code static final String NAME = "kebab-case";}. Sentences and regexes never match. */
    private static final Pattern RULE_CONSTANT = Pattern.compile(
            "static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([a-z]+(?:-[a-z]+)*)\"\\s*;");

    private static String doc() throws IOException {
        assertThat(DOC).as("safety/POLICY.md, read from the module directory").exists();
        return Files.readString(DOC, StandardCharsets.UTF_8);
    }

    /** The YAML keys the loader accepts, with their dotted paths, from its records' {@link JsonProperty} names. */
    static Map<String, String> acceptedKeys(Class<?> record, String prefix) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (RecordComponent c : record.getRecordComponents()) {
            JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
            assertThat(p).as("%s.%s has no @JsonProperty", record.getSimpleName(), c.getName()).isNotNull();
            String path = prefix.isEmpty() ? p.value() : prefix + "." + p.value();
            keys.put(path, p.value());
            nestedRecord(c.getGenericType()).ifPresent(nested -> keys.putAll(acceptedKeys(nested, path)));
        }
        return keys;
    }

    /** The record a component holds, directly or as the element of a list. */
    private static java.util.Optional<Class<?>> nestedRecord(Type type) {
        if (type instanceof Class<?> c && c.isRecord()) {
            return java.util.Optional.of(c);
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] instanceof Class<?> e && e.isRecord()) {
            return java.util.Optional.of(e);
        }
        return java.util.Optional.empty();
    }

    /** Rule id constants declared in this module's guard sources, checked against the compiled constants. */
    static Map<String, String> ruleIds() throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = RULE_CONSTANT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                String className = file.getFileName().toString().replace(".java", "");
                while (m.find()) {
                    var field = Class.forName("dev.rosie.safety." + className).getDeclaredField(m.group(1));
                    field.setAccessible(true);
                    // The source scan must read what the guard really uses, not a stale copy.
                    assertThat(field.get(null)).as(className + "." + m.group(1)).isEqualTo(m.group(2));
                    ids.put(className + "." + m.group(1), m.group(2));
                }
            }
        }
        return ids;
    }

    @Test
    void should_document_every_field_the_loader_accepts() throws IOException {
        Map<String, String> keys = acceptedKeys(PolicyLoader.PolicyFile.class, "");

        // The walk reached the nested sections; an empty walk would pass vacuously.
        assertThat(keys).containsKeys("privacy.routine_answers_to", "owner_confirmation.needed_for.why");
        String doc = doc();
        assertThat(keys).allSatisfy((path, key) -> assertThat(doc.contains("`" + key + "`"))
                .as("POLICY.md documents %s as `%s`", path, key).isTrue());
    }

    @Test
    void should_document_every_field_of_the_shipped_reference_policy() throws IOException {
        Set<String> accepted = acceptedKeys(PolicyLoader.PolicyFile.class, "").keySet();
        String yaml;
        try (InputStream in = PolicyLoader.class.getResourceAsStream(PolicyLoader.REFERENCE)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Top-level keys of the shipped file: each is one the loader accepts, so the walk above covers it.
        Set<String> top = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^([a-z_]+):").matcher(yaml);
        while (m.find()) {
            top.add(m.group(1));
        }
        assertThat(top).isNotEmpty();
        assertThat(accepted).containsAll(top);
        assertThat(yaml).as("the reference policy's header points at this page").contains("safety/POLICY.md");
    }

    @Test
    void should_document_every_trust_level_action_and_cleaning_mode() throws IOException {
        String doc = doc();
        Stream.of(Trust.values()).map(Trust::wireName)
                .forEach(t -> assertThat(doc.contains("`" + t + "`")).as("POLICY.md names trust level `%s`", t).isTrue());
        Stream.of(ActionType.values()).map(ActionType::wireName)
                .forEach(a -> assertThat(doc.contains("`" + a + "`")).as("POLICY.md names action `%s`", a).isTrue());
        Stream.of(CleanMode.values()).map(CleanMode::wireName)
                .forEach(c -> assertThat(doc.contains("`" + c + "`")).as("POLICY.md names cleaning mode `%s`", c).isTrue());
        assertThat(doc.contains("`default`")).as("POLICY.md names the doors' required `default` entry").isTrue();
    }

    @Test
    void should_list_every_rule_id_a_refusal_can_name() throws Exception {
        Map<String, String> ids = ruleIds();

        // Each rule-owning class was found, so a broken scan cannot pass on nothing.
        assertThat(ids.keySet()).anyMatch(k -> k.startsWith("HouseRules.")).anyMatch(k -> k.startsWith("ProvenanceRules."))
                .anyMatch(k -> k.startsWith("PrivacyRules.")).anyMatch(k -> k.startsWith("SafetyGuard."));
        String ruleTable = ruleTable();
        assertThat(ids).allSatisfy((constant, id) -> assertThat(ruleTable.contains("| `" + id + "` |"))
                .as("POLICY.md's rule id table has a row for %s (%s)", id, constant).isTrue());
    }

    @Test
    void should_list_no_rule_id_the_guard_does_not_have() throws Exception {
        Set<String> known = Set.copyOf(ruleIds().values());
        List<String> rows = Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(ruleTable()).results()
                .map(r -> r.group(1)).toList();

        assertThat(rows).isNotEmpty().doesNotHaveDuplicates();
        assertThat(rows).as("rows of POLICY.md's rule id table that name no rule id constant").isSubsetOf(known);
    }

    /** From the "Rule ids" heading to the next heading of the same level. */
    private static String ruleTable() throws IOException {
        String doc = doc();
        int start = doc.indexOf("## Rule ids");
        assertThat(start).as("POLICY.md has a '## Rule ids' section").isNotNegative();
        int end = doc.indexOf("\n## ", start + 1);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    @Test
    void should_quote_the_map_checks_real_error_message() throws IOException {
        String reference;
        try (InputStream in = PolicyLoader.class.getResourceAsStream(PolicyLoader.REFERENCE)) {
            reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Policy typo = new PolicyLoader().parse(reference.replace("  front door: []", "  front-door: []")
                .getBytes(StandardCharsets.UTF_8), "policy.yaml");

        // As the page describes it: --policy policy.yaml on the built-in reference apartment.
        assertThatThrownBy(() -> PolicyMapCheck.require(typo, new PolicyMapCheck.Origin("policy.yaml", false),
                ReferenceApartmentMap.load(), new PolicyMapCheck.Origin("built in", true)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(doc().contains("\n" + e.getMessage() + "\n"))
                        .as("POLICY.md quotes the map check's message: %s", e.getMessage()).isTrue());
    }

    @Test
    void should_quote_the_loaders_real_error_messages() throws IOException {
        String reference;
        try (InputStream in = PolicyLoader.class.getResourceAsStream(PolicyLoader.REFERENCE)) {
            reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String doc = doc();
        // Each: the reference policy with one line changed, as POLICY.md's Errors section describes.
        String[][] broken = {
                {"  untrusted: []", "  untrusted: [say]"},
                {"  guest:    [navigate_to, clean_area, dock, stop, wait, say]", "  guest:    [navigate_to, clean_area, dock, wait, say]"},
                {"\"22:00-07:00\"", "\"late\""},
                {"max_speed_mps: 0.5", "max_speed_mps: 5"},
                {"cleaning_cooldown_minutes: 30\n", ""},
                {"max_speed_mps: 0.5", "max_speed_mps: 0.5\nallow_everything: true"},
                {"tags: [valuable, fragile], why:", "tags: [valuable, fragile], x: 1, why:"},
                {"  guest:    [navigate_to, clean_area,", "  guest:    [navigate_to, fly,"},
                {"  nursery door: [owner]", "  nursery door: [owner, landlord]"},
                {"max_plan_steps: 16", "max_plan_steps: \"16\""},
                {"  front door: []", "  front door: []\n  front door: [owner]"},
        };
        for (String[] change : broken) {
            assertThat(reference).as("test set-up: the reference policy has the line").contains(change[0]);
            byte[] yaml = reference.replace(change[0], change[1]).getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> new PolicyLoader().parse(yaml, "policy.yaml"))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> {
                        String message = e.getMessage();
                        // The known-fields list is in Jackson's order; the page quotes its start.
                        int list = message.indexOf("known fields: [");
                        String quoted = list < 0 ? message : message.substring(0, list + "known fields: [".length());
                        assertThat(doc.contains(quoted)).as("POLICY.md quotes the loader's message for '%s': %s",
                                change[1], quoted).isTrue();
                    });
        }
    }
}
