package dev.rosie.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.actuation.Executor;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.safety.ApprovedPlan;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Invariant 1 at the type level: the executor's public surface takes only {@link ApprovedPlan},
 * which code outside the safety package cannot construct.
 */
class UnapprovedPlanGateTest {

    @Test
    void should_accept_no_plan_or_action_through_any_public_executor_method() {
        for (Method m : Executor.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers())) {
                continue;
            }
            for (Class<?> p : m.getParameterTypes()) {
                assertThat(p).as("%s takes %s", m, p)
                        .isNotIn(Plan.class, PlannerResult.class, Action.class, Object.class)
                        .matches(type -> !Action.class.isAssignableFrom(type), "is not an Action");
            }
        }
        assertThat(Arrays.stream(Executor.class.getMethods()).filter(m -> m.getName().equals("submit")))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getParameterTypes()[0]).isEqualTo(ApprovedPlan.class));
    }

    @Test
    void should_offer_no_way_to_build_an_approved_plan_outside_the_safety_package() {
        assertThat(Modifier.isFinal(ApprovedPlan.class.getModifiers())).isTrue();
        for (Constructor<?> c : ApprovedPlan.class.getDeclaredConstructors()) {
            assertThat(Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers()))
                    .as("constructor %s is visible outside dev.rosie.safety", c).isFalse();
        }
        for (Method m : ApprovedPlan.class.getDeclaredMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers())) {
                assertThat(m.getReturnType()).as("public factory %s", m).isNotEqualTo(ApprovedPlan.class);
            }
        }
    }
}
