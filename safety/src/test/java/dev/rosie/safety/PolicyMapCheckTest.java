package dev.rosie.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.HomeMap;
import dev.rosie.safety.PolicyMapCheck.Origin;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The policy's names of doors and objects are checked against the map of the home it guards
 * ({@link TestMaps#twoRooms()}: door {@code kitchen door}, objects {@code kitchen knife} and {@code toy car}).
 */
class PolicyMapCheckTest {
    private static final HomeMap MAP = TestMaps.twoRooms();
    private static final Origin POLICY_FILE = new Origin("home-policy.yaml", false);
    private static final Origin MAP_FILE = new Origin("home-map.yaml", false);

    /** A policy for the two rooms; each test changes one thing. */
    private static final String VALID = """
            name: two-rooms
            version: 1
            allowed_actions:
              owner: [navigate_to, clean_area, dock, stop, pick_up, open_door, close_door]
              operator: [navigate_to, stop]
              guest: [stop]
            doors:
              default: []
              kitchen door: [owner]
            cleaning_cooldown_minutes: 30
            sleeping_child_quiet: true
            sighting_max_age_minutes: 240
            max_plan_steps: 16
            no_go_margin_m: 0.25
            keep_out_m: 0.5
            max_speed_mps: 0.5
            max_commands_per_minute: 20
            privacy:
              routine_answers_to: [owner]
              images_leave_to: [owner]
            owner_confirmation:
              expires_after_minutes: 5
              needed_for:
                - {action: open_door, requested_by: [operator], why: "someone else asked"}
                - {action: pick_up, objects: [toy car], tags: [valuable, heirloom], why: "it is precious"}
            """;

    private static Policy policy(String yaml) {
        return new PolicyLoader().parse(yaml.getBytes(StandardCharsets.UTF_8), "home-policy.yaml");
    }

    private static Policy changed(String line, String with) {
        assertThat(VALID).as("test set-up").contains(line);
        return policy(VALID.replace(line, with));
    }

    @Test
    void should_accept_a_policy_when_every_door_and_object_it_names_is_in_the_map() {
        Policy p = policy(VALID);

        assertThat(PolicyMapCheck.mismatches(p, MAP)).isEmpty();
        assertThat(PolicyMapCheck.require(p, POLICY_FILE, MAP, MAP_FILE)).isSameAs(p);
    }

    @Test
    void should_reject_a_door_rule_when_the_map_has_no_door_of_that_name() {
        Policy p = changed("  kitchen door: [owner]", "  kitchen-door: [owner]");

        assertThatThrownBy(() -> PolicyMapCheck.require(p, POLICY_FILE, MAP, MAP_FILE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("home-policy.yaml: doors.kitchen-door: no door called 'kitchen-door' in the map;"
                        + " doors: [kitchen door] (did you mean 'kitchen door'?).")
                .hasMessageContaining("fix the policy home-policy.yaml if 'kitchen-door' is misspelt there")
                .hasMessageContaining("or the map 'two rooms' (home-map.yaml)");
    }

    @Test
    void should_reject_a_confirmation_rule_when_it_names_an_object_the_map_lacks() {
        Policy p = changed("objects: [toy car]", "objects: [toy car, laptop]");

        assertThatThrownBy(() -> PolicyMapCheck.require(p, POLICY_FILE, MAP, MAP_FILE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("home-policy.yaml: owner_confirmation.needed_for[1].objects: no object called 'laptop'"
                        + " in the map; objects: [kitchen knife, toy car].")
                .hasMessageNotContaining("did you mean")
                // No near name: the home probably has a laptop the map does not know, so the map comes first.
                .hasMessageContaining("fix the map 'two rooms' (home-map.yaml) if the home's object is missing or named"
                        + " differently there, or the policy home-policy.yaml");
    }

    @Test
    void should_accept_names_when_they_differ_from_the_map_only_by_the_case_and_spaces_the_map_ignores() {
        Policy p = changed("  kitchen door: [owner]", "  \"Kitchen  Door \": [owner]");
        Policy objects = changed("objects: [toy car]", "objects: [\"Toy Car\"]");

        assertThat(PolicyMapCheck.mismatches(p, MAP)).isEmpty();
        assertThat(PolicyMapCheck.mismatches(objects, MAP)).isEmpty();
    }

    @Test
    void should_accept_tags_and_the_default_door_entry_when_the_map_has_no_such_name() {
        // 'valuable' and 'heirloom' are on no object of the map, and no door is called 'default':
        // tags are properties like object classes, and 'default' is the policy's word for unlisted doors.
        assertThat(PolicyMapCheck.mismatches(policy(VALID), MAP)).isEmpty();
    }

    @Test
    void should_reject_every_unknown_name_when_there_are_several_naming_them_all() {
        Policy p = changed("  kitchen door: [owner]", "  kitchen door: [owner]\n  front door: []\n  garage: [owner]");
        Policy both = policy(VALID.replace("  kitchen door: [owner]", "  kitchen door: [owner]\n  front door: []\n  garage: [owner]")
                .replace("objects: [toy car]", "objects: [toy car, laptop]"));

        assertThat(PolicyMapCheck.mismatches(p, MAP)).extracting(PolicyMapCheck.Mismatch::field)
                .containsExactly("doors.front door", "doors.garage");
        assertThatThrownBy(() -> PolicyMapCheck.require(both, POLICY_FILE, MAP, MAP_FILE))
                .hasMessageStartingWith("home-policy.yaml: doors.front door: no door called 'front door'")
                .hasMessageContaining("Also not in the map: doors.garage 'garage', owner_confirmation.needed_for[1].objects 'laptop'.");
    }

    @Test
    void should_reject_a_user_policy_when_the_map_is_built_in_saying_to_fix_the_policy() {
        Policy p = changed("  kitchen door: [owner]", "  kitchen-door: [owner]");

        assertThatThrownBy(() -> PolicyMapCheck.require(p, POLICY_FILE, MAP, new Origin("built in", true)))
                .hasMessageEndingWith("Fix the policy home-policy.yaml: it guards the map 'two rooms' (built in), which cannot change.");
    }

    @Test
    void should_reject_the_built_in_policy_when_a_user_map_lacks_its_doors_saying_to_write_a_policy_or_rename() {
        Policy reference = new PolicyLoader().loadReference();

        assertThatThrownBy(() -> PolicyMapCheck.require(reference, Origin.REFERENCE_POLICY, MAP, MAP_FILE))
                .hasMessageStartingWith("the built-in reference policy (/policy/reference-policy.yaml): doors.balcony door:"
                        + " no door called 'balcony door' in the map; doors: [kitchen door].")
                .hasMessageEndingWith("The built-in reference policy (/policy/reference-policy.yaml) is written for the"
                        + " reference apartment, and the map 'two rooms' (home-map.yaml) is another home: give this home its own"
                        + " policy (--policy FILE, or policy: in rosie.yaml; see safety/POLICY.md), or call the door"
                        + " 'balcony door' in that map.");
    }

    @Test
    void should_accept_the_shipped_reference_policy_when_checked_against_the_reference_apartment() {
        HomeMap apartment = ReferenceApartmentMap.load();

        assertThat(apartment.doors()).hasSize(4);
        assertThat(PolicyMapCheck.mismatches(new PolicyLoader().loadReference(), apartment)).isEmpty();
    }

    @Test
    void should_reject_the_reference_policy_when_a_door_name_is_hyphenated_unlike_the_map() {
        String yaml = PolicyLoaderPathTest.reference().replace("  front door: []", "  front-door: []");
        Policy typo = new PolicyLoader().parse(yaml.getBytes(StandardCharsets.UTF_8), "policy.yaml");

        assertThatThrownBy(() -> PolicyMapCheck.require(typo, POLICY_FILE, ReferenceApartmentMap.load(), MAP_FILE))
                .hasMessageContaining("doors.front-door: no door called 'front-door' in the map;"
                        + " doors: [front door, balcony door, nursery door, bathroom door] (did you mean 'front door'?)");
    }

    @Test
    void should_suggest_the_nearest_name_when_the_policy_name_is_a_typo() {
        assertThat(PolicyMapCheck.nearest("front-door", java.util.List.of("front door", "balcony door"))).contains("front door");
        assertThat(PolicyMapCheck.nearest("frnt door", java.util.List.of("front door", "balcony door"))).contains("front door");
        assertThat(PolicyMapCheck.nearest("garage", java.util.List.of("front door", "balcony door"))).isEmpty();
    }
}
