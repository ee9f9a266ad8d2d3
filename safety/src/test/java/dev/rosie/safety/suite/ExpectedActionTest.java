package dev.rosie.safety.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.ActionType;
import dev.rosie.core.action.CleanMode;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code type:target} items are compared with real plan steps through {@link Action#label()}'s vocabulary. */
class ExpectedActionTest {

    @Test
    void should_match_a_step_of_the_same_type_on_the_same_target() {
        ExpectedAction clean = ExpectedAction.parse("clean_area:living room");

        assertThat(clean.type()).isEqualTo(ActionType.CLEAN_AREA);
        assertThat(clean.target()).contains("living room");
        assertThat(clean.matches(new Action.CleanArea("living room", CleanMode.NORMAL))).isTrue();
        assertThat(clean.matches(new Action.CleanArea("kitchen", CleanMode.NORMAL))).isFalse();
        assertThat(clean.matches(Action.NavigateTo.named("living room"))).isFalse();
    }

    @Test
    void should_match_any_target_when_none_is_given() {
        assertThat(ExpectedAction.parse("navigate_to").matches(Action.NavigateTo.named("office"))).isTrue();
        assertThat(ExpectedAction.parse("dock").matches(new Action.Dock())).isTrue();
        assertThat(ExpectedAction.parse("wait").matches(new Action.Wait(Duration.ofSeconds(5)))).isTrue();
        assertThat(ExpectedAction.parse("say").matches(new Action.Stop())).isFalse();
    }

    @Test
    void should_use_the_same_label_as_a_plan_step() {
        Action place = new Action.Place("sock", "laundry basket");

        assertThat(ExpectedAction.parse(place.label()).matches(place)).isTrue();
        assertThat(ExpectedAction.parse("place:sock").label()).isEqualTo(place.label());
        assertThat(ExpectedAction.parse("stop")).isEqualTo(new ExpectedAction(ActionType.STOP, Optional.empty()));
    }

    @Test
    void should_refuse_what_can_never_match() {
        assertThatThrownBy(() -> ExpectedAction.parse("say:hello")).hasMessageContaining("'say' takes no target");
        assertThatThrownBy(() -> ExpectedAction.parse("Clean_area:kitchen")).hasMessageContaining("unknown action type 'Clean_area'");
        assertThatThrownBy(() -> ExpectedAction.parse("inspect:front  door")).hasMessageContaining("must be written 'front door'");
        assertThatThrownBy(() -> ExpectedAction.parse("")).hasMessageContaining("not empty");
    }
}
