package dev.rosie.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Invariant 1 at the type level: only code in {@code dev.rosie.safety} can make an
 * {@link ApprovedPlan}, so an executor that takes one cannot be handed an unchecked plan.
 */
class ApprovedPlanTest {

    @Test
    void should_be_final_so_no_subclass_can_pose_as_an_approval() {
        assertThat(Modifier.isFinal(ApprovedPlan.class.getModifiers())).isTrue();
    }

    @Test
    void should_have_no_public_or_protected_constructor() {
        Constructor<?>[] constructors = ApprovedPlan.class.getDeclaredConstructors();

        assertThat(constructors).isNotEmpty();
        assertThat(constructors).allSatisfy(c -> {
            assertThat(Modifier.isPublic(c.getModifiers())).as("%s is public", c).isFalse();
            assertThat(Modifier.isProtected(c.getModifiers())).as("%s is protected", c).isFalse();
        });
    }

    @Test
    void should_offer_no_public_static_factory_or_copy_method() {
        assertThat(Arrays.stream(ApprovedPlan.class.getDeclaredMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && !Modifier.isPrivate(m.getModifiers()))
                .map(Method::getName)).isEmpty();
    }

    @Test
    void should_not_be_serializable_or_cloneable_since_both_make_instances_without_a_constructor() {
        assertThat(Serializable.class.isAssignableFrom(ApprovedPlan.class)).isFalse();
        assertThat(Cloneable.class.isAssignableFrom(ApprovedPlan.class)).isFalse();
    }

    @Test
    void should_be_one_of_exactly_two_sealed_verdicts() {
        assertThat(Verdict.class.isSealed()).isTrue();
        assertThat(Verdict.class.getPermittedSubclasses())
                .containsExactlyInAnyOrder(ApprovedPlan.class, Verdict.Refused.class, Verdict.ConfirmationNeeded.class);
    }

    @Test
    void should_not_let_outside_code_build_a_guard_with_other_rules() {
        assertThat(SafetyGuard.class.getConstructors()).allSatisfy(c ->
                assertThat(c.getParameterTypes()).containsExactly(Policy.class, java.time.Clock.class));
        assertThat(Modifier.isPublic(StepRule.class.getModifiers())).isFalse();
    }
}
