package dev.rosie.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.action.ActionType;
import dev.rosie.core.command.Trust;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invariant 5 for policies: a malformed file is refused with its path, the field and the reason. */
class PolicyLoaderValidationTest {
    /** A small valid policy; each test breaks one thing in it. */
    private static final String VALID = """
            name: test-home
            version: 3
            allowed_actions:
              owner: [navigate_to, clean_area, dock, stop, open_door, close_door]
              operator: [navigate_to, clean_area, dock, stop]
              guest: [dock, stop]
              untrusted: []
            doors:
              default: [owner]
              front door: [owner]
              bathroom door: [owner, operator]
            cleaning_cooldown_minutes: 45
            sleeping_child_quiet: true
            sighting_max_age_minutes: 90.5
            max_plan_steps: 8
            no_go_margin_m: 0.3
            keep_out_m: 0.6
            max_speed_mps: 0.4
            max_commands_per_minute: 10
            privacy:
              routine_answers_to: [owner]
              images_leave_to: [owner]
            owner_confirmation:
              expires_after_minutes: 5
              needed_for:
                - {action: clean_area, mode: deep, between: "22:00-07:00", why: loud at night}
            """;

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRejected(String yaml) throws IOException {
        Path file = write(yaml);
        return assertThatThrownBy(() -> new PolicyLoader().load(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(file.toString());
    }

    private static String replace(String line, String with) {
        if (!VALID.contains(line)) {
            throw new IllegalArgumentException("test set-up: no line " + line);
        }
        return VALID.replace(line, with);
    }

    @Test
    void should_load_a_valid_policy_from_a_file() throws IOException {
        Policy policy = new PolicyLoader().load(write(VALID));

        assertThat(policy.label()).isEqualTo("test-home v3");
        assertThat(policy.cleaningCooldown()).isEqualTo(Duration.ofMinutes(45));
        assertThat(policy.sightingMaxAge()).isEqualTo(Duration.ofSeconds(90 * 60 + 30));
        assertThat(policy.maxPlanSteps()).isEqualTo(8);
        assertThat(policy.whoMayOperate("bathroom door")).containsExactlyInAnyOrder(Trust.OWNER, Trust.OPERATOR);
        assertThat(policy.whoMayOperate("garage door")).containsExactly(Trust.OWNER);
        assertThat(policy.allows(Trust.GUEST, ActionType.CLEAN_AREA)).isFalse();
    }

    @Test
    void should_read_confirmation_object_names_as_the_map_spells_them() throws IOException {
        Policy policy = new PolicyLoader().load(write(replace("{action: clean_area, mode: deep, between: \"22:00-07:00\", why: loud at night}",
                "{action: pick_up, objects: [\" Laptop \"], why: valuable}")));
        assertThat(policy.confirmation().neededFor()).singleElement()
                .satisfies(n -> assertThat(n.objects()).containsExactly("laptop"));
        assertRejected(replace("{action: clean_area, mode: deep, between: \"22:00-07:00\", why: loud at night}",
                "{action: pick_up, objects: [\"\"], why: valuable}")).hasMessageContaining("needed_for[0].objects");
    }

    @Test
    void should_reject_a_fraction_or_a_quoted_number_where_a_whole_number_belongs() throws IOException {
        assertRejected(replace("max_plan_steps: 8", "max_plan_steps: 8.5")).hasMessageContaining("max_plan_steps");
        assertRejected(replace("max_plan_steps: 8", "max_plan_steps: \"8\"")).hasMessageContaining("max_plan_steps");
        assertRejected(replace("keep_out_m: 0.6", "keep_out_m: \"0.6\"")).hasMessageContaining("keep_out_m");
        assertRejected(replace("sleeping_child_quiet: true", "sleeping_child_quiet: \"yes\""))
                .hasMessageContaining("sleeping_child_quiet");
    }

    @Test
    void should_reject_an_unknown_field_naming_it() throws IOException {
        assertRejected(VALID + "allow_everything: true\n")
                .hasMessageContaining("unknown field").hasMessageContaining("allow_everything");
    }

    @Test
    void should_reject_an_unknown_action_name_naming_the_field_and_the_action() throws IOException {
        assertRejected(replace("  guest: [dock, stop]", "  guest: [dock, fly]"))
                .hasMessageContaining("allowed_actions.guest").hasMessageContaining("unknown action 'fly'");
    }

    @Test
    void should_reject_an_unknown_trust_level_naming_the_field_and_the_level() throws IOException {
        assertRejected(replace("  guest: [dock, stop]", "  superuser: [dock, stop]"))
                .hasMessageContaining("allowed_actions").hasMessageContaining("unknown trust 'superuser'");
    }

    @Test
    void should_reject_an_unknown_trust_level_in_a_door_entry() throws IOException {
        assertRejected(replace("  front door: [owner]", "  front door: [owner, landlord]"))
                .hasMessageContaining("doors.front door").hasMessageContaining("unknown trust 'landlord'");
    }

    @Test
    void should_reject_a_missing_required_field_naming_it() throws IOException {
        assertRejected(replace("cleaning_cooldown_minutes: 45\n", ""))
                .hasMessageContaining("cleaning_cooldown_minutes").hasMessageFindingMatch("(?i)missing");
    }

    @Test
    void should_reject_every_missing_required_field() throws IOException {
        for (String line : new String[] {"name: test-home\n", "version: 3\n", "sleeping_child_quiet: true\n",
                "sighting_max_age_minutes: 90.5\n", "max_plan_steps: 8\n"}) {
            String field = line.substring(0, line.indexOf(':'));
            assertRejected(replace(line, "")).as(field).hasMessageContaining(field);
        }
    }

    @Test
    void should_reject_a_required_field_left_empty() throws IOException {
        assertRejected(replace("cleaning_cooldown_minutes: 45", "cleaning_cooldown_minutes:"))
                .hasMessageContaining("cleaning_cooldown_minutes");
    }

    @Test
    void should_reject_allowed_actions_left_empty_naming_the_field() throws IOException {
        String noActions = VALID.replaceAll("(?s)allowed_actions:\\n(  .*?\\n)+doors:", "allowed_actions:\ndoors:");

        assertRejected(noActions).hasMessageContaining("allowed_actions");
    }

    @Test
    void should_reject_a_policy_that_gives_untrusted_text_any_action() throws IOException {
        assertRejected(replace("  untrusted: []", "  untrusted: [say]"))
                .hasMessageContaining("allowed_actions.untrusted").hasMessageContaining("untrusted sources");
    }

    @Test
    void should_reject_a_policy_that_lets_untrusted_text_operate_a_door() throws IOException {
        assertRejected(replace("  front door: [owner]", "  front door: [owner, untrusted]"))
                .hasMessageContaining("doors.front door").hasMessageContaining("never operate a door");
    }

    @Test
    void should_reject_a_default_door_entry_that_lets_untrusted_text_in() throws IOException {
        assertRejected(replace("  default: [owner]", "  default: [untrusted]"))
                .hasMessageContaining("doors.default").hasMessageContaining("never operate a door");
    }

    @Test
    void should_reject_a_door_name_that_is_not_a_valid_name_naming_the_field() throws IOException {
        assertRejected(replace("  front door: [owner]", "  \"front door!\": [owner]"))
                .hasMessageContaining("doors").hasMessageContaining("'front door!'");
    }

    @Test
    void should_reject_doors_without_a_default_entry() throws IOException {
        assertRejected(replace("  default: [owner]\n", ""))
                .hasMessageContaining("doors").hasMessageContaining("'default'");
    }

    @Test
    void should_reject_negative_minutes_naming_the_field() throws IOException {
        assertRejected(replace("cleaning_cooldown_minutes: 45", "cleaning_cooldown_minutes: -5"))
                .hasMessageContaining("cleaning_cooldown_minutes").hasMessageContaining("-5");
        assertRejected(replace("sighting_max_age_minutes: 90.5", "sighting_max_age_minutes: -1"))
                .hasMessageContaining("sighting_max_age_minutes").hasMessageContaining("-1");
    }

    @Test
    void should_reject_minutes_that_are_not_a_number_naming_the_field() throws IOException {
        assertRejected(replace("cleaning_cooldown_minutes: 45", "cleaning_cooldown_minutes: soon"))
                .hasMessageContaining("cleaning_cooldown_minutes");
        assertRejected(replace("cleaning_cooldown_minutes: 45", "cleaning_cooldown_minutes: .nan"))
                .hasMessageContaining("cleaning_cooldown_minutes");
    }

    @Test
    void should_reject_a_plan_step_limit_below_one_naming_the_field() throws IOException {
        assertRejected(replace("max_plan_steps: 8", "max_plan_steps: 0"))
                .hasMessageContaining("max_plan_steps");
    }

    @Test
    void should_reject_an_empty_name() throws IOException {
        assertRejected(replace("name: test-home", "name: \"  \"")).hasMessageContaining("name");
    }

    @Test
    void should_reject_text_that_is_not_yaml_at_all() throws IOException {
        assertRejected("name: \"unterminated\n").hasMessageContaining("not valid YAML");
        assertRejected("name: a: b\n").hasMessageContaining("not valid YAML");
        assertRejected("\u0000\u0001 binary junk").hasMessageContaining("not valid YAML");
    }

    @Test
    void should_reject_a_document_that_is_a_list_or_a_scalar_instead_of_a_mapping() throws IOException {
        assertRejected("- owner\n- guest\n").hasMessageContaining("(document)");
        assertRejected("just a sentence\n").hasMessageContaining("(document)");
    }

    @Test
    void should_reject_an_empty_document_saying_it_is_empty() throws IOException {
        assertRejected("").hasMessageContaining("empty");
        assertRejected("# only a comment\n").hasMessageContaining("empty");
        assertRejected("---\n").hasMessageContaining("empty");
    }

    @Test
    void should_name_the_path_of_a_missing_policy_file() {
        Path missing = dir.resolve("nowhere").resolve("policy.yaml");

        assertThatThrownBy(() -> new PolicyLoader().load(missing))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("cannot read policy");
    }

    @Test
    void should_mark_policy_errors_as_not_retriable() throws IOException {
        Path file = write("");

        assertThatThrownBy(() -> new PolicyLoader().load(file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.retriable()).isFalse());
    }

    @Test
    void should_reject_a_policy_that_denies_someone_the_stop_command() throws IOException {
        assertRejected(replace("guest: [dock, stop]", "guest: [dock]"))
                .hasMessageContaining("allowed_actions.guest")
                .hasMessageContaining("must include stop");
    }

    @Test
    void should_reject_images_leaving_to_anyone_but_the_owner() throws IOException {
        assertRejected(replace("  images_leave_to: [owner]", "  images_leave_to: [owner, guest]"))
                .hasMessageContaining("privacy.images_leave_to").hasMessageContaining("guest");
    }

    @Test
    void should_reject_routine_answers_to_untrusted_sources() throws IOException {
        assertRejected(replace("  routine_answers_to: [owner]", "  routine_answers_to: [owner, untrusted]"))
                .hasMessageContaining("privacy.routine_answers_to");
    }

    @Test
    void should_reject_a_policy_without_privacy_rules() throws IOException {
        assertRejected(VALID.replace("privacy:\n  routine_answers_to: [owner]\n  images_leave_to: [owner]\n", ""))
                .hasMessageContaining("privacy");
    }

    @Test
    void should_name_the_confirmation_rule_with_a_bad_time_window() throws IOException {
        assertRejected(replace("between: \"22:00-07:00\"", "between: \"late\""))
                .hasMessageContaining("owner_confirmation.needed_for[0].between").hasMessageContaining("late");
    }

    @Test
    void should_name_the_confirmation_rule_with_an_unknown_mode() throws IOException {
        assertRejected(replace("mode: deep", "mode: scorching"))
                .hasMessageContaining("owner_confirmation.needed_for[0].mode").hasMessageContaining("scorching");
    }

    @Test
    void should_load_the_privacy_and_confirmation_sections() throws IOException {
        Policy p = new PolicyLoader().load(write(VALID));
        assertThat(p.privacy().routineAnswersTo()).containsExactly(dev.rosie.core.command.Trust.OWNER);
        assertThat(p.confirmation().neededFor()).hasSize(1);
        assertThat(p.confirmation().expiresAfter()).isEqualTo(java.time.Duration.ofMinutes(5));
    }
}
