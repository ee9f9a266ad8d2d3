package dev.rosie.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every path the loader reports reads the same way at every depth: fields joined by dots, list
 * entries as {@code [i]} glued to their list ({@code needed_for[1].x}, never {@code needed_for.[1].x}),
 * and the reason in the file's terms rather than Java's.
 */
class PolicyLoaderPathTest {
    private static final String REFERENCE = reference();

    static String reference() {
        try (InputStream in = PolicyLoader.class.getResourceAsStream(PolicyLoader.REFERENCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String LAPTOP_RULE = "{action: pick_up, objects: [laptop], tags: [valuable, fragile], why: \"it is valuable or breakable\"}";
    private static final String DOOR_RULE = "{action: open_door, requested_by: [operator, guest], why: \"a door was asked open by someone other than the owner\"}";

    /** The reference policy with one change; the message must start with the field's path and this reason. */
    static Stream<Arguments> brokenFields() {
        return Stream.of(
                // a mapping in a list
                Arguments.of(LAPTOP_RULE, LAPTOP_RULE.replace("why:", "x: 1, why:"),
                        "unknown field 'x' at owner_confirmation.needed_for[1].x; known fields: ["),
                Arguments.of(DOOR_RULE, DOOR_RULE.replace(", why: \"a door was asked open by someone other than the owner\"", ""),
                        "owner_confirmation.needed_for[2].why: required but missing"),
                Arguments.of(LAPTOP_RULE, LAPTOP_RULE.replace("action: pick_up", "action: pick_up, mode: deep"),
                        "owner_confirmation.needed_for[1].mode: only clean_area steps have a cleaning mode, not pick_up"),
                // a list in a mapping in a list
                Arguments.of("objects: [laptop]", "objects: [laptop, {a: 1}]",
                        "owner_confirmation.needed_for[1].objects[1]: expected text, not a mapping"),
                Arguments.of("objects: [laptop]", "objects: [laptop, \"\"]",
                        "owner_confirmation.needed_for[1].objects[1]: '' is not a valid object name"),
                Arguments.of("tags: [valuable, fragile]", "tags: [valuable, [fragile]]",
                        "owner_confirmation.needed_for[1].tags[1]: expected text, not a list"),
                Arguments.of("requested_by: [operator, guest]", "requested_by: [operator, landlord]",
                        "owner_confirmation.needed_for[2].requested_by[1]: unknown trust 'landlord'"),
                Arguments.of("requested_by: [operator, guest]", "requested_by: [operator, [guest]]",
                        "owner_confirmation.needed_for[2].requested_by[1]: expected text, not a list"),
                // a list in a list
                Arguments.of("    - " + DOOR_RULE, "    - [a, b]", "owner_confirmation.needed_for[2]: expected a mapping, not a list"),
                Arguments.of("    - " + DOOR_RULE, "    - 42", "owner_confirmation.needed_for[2]: expected a mapping, not 42"),
                // a list in a mapping
                Arguments.of("guest:    [navigate_to, clean_area,", "guest:    [navigate_to, fly,",
                        "allowed_actions.guest[1]: unknown action 'fly'"),
                Arguments.of("guest:    [navigate_to, clean_area,", "guest:    [navigate_to, [clean_area],",
                        "allowed_actions.guest[1]: expected text, not a list"),
                Arguments.of("  nursery door: [owner]", "  nursery door: [owner, landlord]",
                        "doors.nursery door[1]: unknown trust 'landlord'"),
                Arguments.of("  images_leave_to: [owner]", "  images_leave_to: [owner, {a: 1}]",
                        "privacy.images_leave_to[1]: expected text, not a mapping"),
                Arguments.of("  routine_answers_to: [owner]", "  routine_answers_to: [owner, boss]",
                        "privacy.routine_answers_to[1]: unknown trust 'boss'"),
                // a key of a mapping
                Arguments.of("  guest:    [", "  superuser: [stop]\n  guest:    [",
                        "allowed_actions.superuser: unknown trust 'superuser'"),
                Arguments.of("  nursery door: [owner]", "  \"nursery door!\": [owner]",
                        "doors.nursery door!: 'nursery door!' is not a valid door name"),
                // scalars where they belong, in the file's terms
                Arguments.of("max_plan_steps: 16", "max_plan_steps: [16]", "max_plan_steps: expected a whole number, not a list"),
                Arguments.of("max_plan_steps: 16", "max_plan_steps: \"16\"", "max_plan_steps: expected a whole number, not the text \"16\""),
                Arguments.of("keep_out_m: 0.5", "keep_out_m:", "keep_out_m: expected a number, not an empty value"),
                Arguments.of("sleeping_child_quiet: true", "sleeping_child_quiet: maybe",
                        "sleeping_child_quiet: expected true or false, not the text \"maybe\""),
                Arguments.of("expires_after_minutes: 5", "expires_after_minutes: [5]",
                        "owner_confirmation.expires_after_minutes: expected a number, not a list"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("brokenFields")
    void should_reject_a_broken_field_when_it_is_at_any_depth_naming_its_path_with_index_brackets(String line, String with,
            String expected) {
        assertThat(REFERENCE).as("test set-up: the reference policy has the line").contains(line);
        byte[] yaml = REFERENCE.replace(line, with).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new PolicyLoader().parse(yaml, "policy.yaml"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("policy.yaml: " + expected)
                        .doesNotContain(".[").doesNotContain("java.").doesNotContain("JsonToken").doesNotContain("$"));
    }

    @Test
    void should_reject_an_unknown_field_in_a_list_entry_when_reporting_its_path_without_an_extra_dot() {
        byte[] yaml = REFERENCE.replace(LAPTOP_RULE, LAPTOP_RULE.replace("why:", "x: 1, why:")).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new PolicyLoader().parse(yaml, "policy.yaml"))
                .hasMessageContaining("needed_for[1].x")
                .hasMessageNotContaining("needed_for.[1]");
    }

    @Test
    void should_reject_a_key_when_it_is_given_twice_instead_of_keeping_the_last() {
        byte[] doors = REFERENCE.replace("  front door: []", "  front door: []\n  front door: [owner]").getBytes(StandardCharsets.UTF_8);
        byte[] top = (REFERENCE + "keep_out_m: 0.1\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new PolicyLoader().parse(doors, "policy.yaml"))
                .hasMessageStartingWith("policy.yaml: doors: 'front door' is given twice");
        assertThatThrownBy(() -> new PolicyLoader().parse(top, "policy.yaml"))
                .hasMessageStartingWith("policy.yaml: (document): 'keep_out_m' is given twice");
    }

    @Test
    void should_reject_a_door_or_trust_level_when_it_is_listed_twice_in_different_spellings() {
        byte[] doors = REFERENCE.replace("  front door: []", "  Front  Door: [owner]\n  front door: []").getBytes(StandardCharsets.UTF_8);
        byte[] levels = REFERENCE.replace("  untrusted: []", "  untrusted: []\n  Guest: [stop]").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new PolicyLoader().parse(doors, "policy.yaml"))
                .hasMessageStartingWith("policy.yaml: doors.front door: the door 'front door' is listed twice");
        assertThatThrownBy(() -> new PolicyLoader().parse(levels, "policy.yaml"))
                .hasMessageStartingWith("policy.yaml: allowed_actions.Guest: the trust level 'guest' is listed twice");
    }

    @Test
    void should_read_confirmation_tags_as_the_map_spells_them() {
        byte[] yaml = REFERENCE.replace("tags: [valuable, fragile]", "tags: [\" Valuable \", FRAGILE]")
                .getBytes(StandardCharsets.UTF_8);

        Policy policy = new PolicyLoader().parse(yaml, "policy.yaml");

        assertThat(policy.confirmation().neededFor().get(1).tags()).containsExactlyInAnyOrder("valuable", "fragile");
    }
}
