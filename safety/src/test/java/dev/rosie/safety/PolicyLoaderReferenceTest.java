package dev.rosie.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.action.ActionType;
import dev.rosie.core.command.Trust;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The shipped reference policy loads and says what the reference apartment's house rules say. */
class PolicyLoaderReferenceTest {
    private final Policy policy = new PolicyLoader().loadReference();

    @Test
    void should_load_the_reference_policys_name_version_and_limits() {
        assertThat(policy.name()).isEqualTo("reference-apartment");
        assertThat(policy.version()).isEqualTo(1);
        assertThat(policy.label()).isEqualTo("reference-apartment v1");
        assertThat(policy.cleaningCooldown()).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.sleepingChildQuiet()).isTrue();
        assertThat(policy.sightingMaxAge()).isEqualTo(Duration.ofMinutes(240));
        assertThat(policy.maxPlanSteps()).isEqualTo(16);
    }

    @Test
    void should_let_the_owner_ask_for_every_action() {
        assertThat(policy.allowed().get(Trust.OWNER)).containsExactlyInAnyOrder(ActionType.values());
    }

    @Test
    void should_let_an_operator_do_everything_but_open_doors() {
        assertThat(policy.allowed().get(Trust.OPERATOR))
                .containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(ActionType.OPEN_DOOR)));
    }

    @Test
    void should_let_a_guest_clean_and_move_about_but_not_handle_objects_or_doors() {
        assertThat(policy.allowed().get(Trust.GUEST)).containsExactlyInAnyOrder(ActionType.NAVIGATE_TO,
                ActionType.CLEAN_AREA, ActionType.DOCK, ActionType.STOP, ActionType.WAIT, ActionType.SAY);
    }

    @Test
    void should_let_untrusted_text_ask_for_nothing() {
        for (ActionType type : ActionType.values()) {
            assertThat(policy.allows(Trust.UNTRUSTED, type)).as(type.wireName()).isFalse();
        }
    }

    @Test
    void should_reserve_the_reference_apartments_doors_and_unlisted_doors_for_the_right_people() {
        assertThat(policy.whoMayOperate("front door")).containsExactly(Trust.OWNER);
        assertThat(policy.whoMayOperate("balcony door")).containsExactly(Trust.OWNER);
        assertThat(policy.whoMayOperate("nursery door")).containsExactly(Trust.OWNER);
        assertThat(policy.whoMayOperate("bathroom door")).containsExactlyInAnyOrder(Trust.OWNER, Trust.OPERATOR);
        assertThat(policy.whoMayOperate("kitchen door")).as("the default entry").containsExactly(Trust.OWNER);
        assertThat(policy.defaultDoorAccess()).containsExactly(Trust.OWNER);
    }

    @Test
    void should_load_the_same_policy_every_time() {
        assertThat(new PolicyLoader().loadReference()).isEqualTo(policy);
    }
}
