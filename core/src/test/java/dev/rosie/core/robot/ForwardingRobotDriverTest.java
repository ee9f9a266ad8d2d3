package dev.rosie.core.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.world.Pose;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForwardingRobotDriverTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    /** A body that answers every call in its own way (none of the interface's defaults) and logs it. */
    private static final class LoggingBody implements RobotDriver {
        final List<String> calls = new ArrayList<>();
        final SensorReading reading = new SensorReading(T0, new Pose(1, 2, 0.5), 0.1, 0.2, true, 0.7, false);
        final CameraFrame frame = new CameraFrame(T0, new Pose(1, 2, 0.5), 1, 1, new byte[] {1, 2, 3});

        @Override
        public String name() {
            return "logging";
        }

        @Override
        public Set<Capability> capabilities() {
            return EnumSet.of(Capability.DRIVE, Capability.GRIPPER);
        }

        @Override
        public void drive(DriveCommand command) {
            calls.add("drive " + command.linear() + " " + command.angular());
        }

        @Override
        public void suction(boolean on) {
            calls.add("suction " + on);
        }

        @Override
        public SensorReading read() {
            calls.add("read");
            return reading;
        }

        @Override
        public Optional<CameraFrame> camera() {
            calls.add("camera");
            return Optional.of(frame);
        }

        @Override
        public ActuatorResult pickUp(String object) {
            calls.add("pickUp " + object);
            return ActuatorResult.done("holding " + object);
        }

        @Override
        public ActuatorResult putDown() {
            calls.add("putDown");
            return ActuatorResult.done("put down");
        }

        @Override
        public ActuatorResult setDoor(String door, boolean open) {
            calls.add("setDoor " + door + " " + open);
            return ActuatorResult.done(door + (open ? " open" : " closed"));
        }

        @Override
        public void halt() {
            calls.add("halt");
        }
    }

    private static final class Plain extends ForwardingRobotDriver {
        Plain(RobotDriver body) {
            super(body);
        }
    }

    @Test
    void should_forward_every_call_and_answer_to_the_delegate() {
        LoggingBody body = new LoggingBody();
        RobotDriver wrapped = new Plain(body);

        assertThat(wrapped.name()).isEqualTo("logging");
        assertThat(wrapped.capabilities()).containsExactlyInAnyOrder(Capability.DRIVE, Capability.GRIPPER);
        wrapped.drive(new DriveCommand(0.3, -0.1));
        wrapped.suction(true);
        assertThat(wrapped.read()).isSameAs(body.reading);
        assertThat(wrapped.camera()).containsSame(body.frame);
        assertThat(wrapped.pickUp("sock")).isEqualTo(ActuatorResult.done("holding sock"));
        assertThat(wrapped.putDown()).isEqualTo(ActuatorResult.done("put down"));
        assertThat(wrapped.setDoor("bathroom", false)).isEqualTo(ActuatorResult.done("bathroom closed"));

        assertThat(body.calls).containsExactly("drive 0.3 -0.1", "suction true", "read", "camera", "pickUp sock",
                "putDown", "setDoor bathroom false");
    }

    @Test
    void should_forward_halt_to_the_delegates_own_halt_when_not_overridden() {
        LoggingBody body = new LoggingBody();

        new Plain(body).halt();

        // The body's halt, not the interface default (which would log a drive and a suction call).
        assertThat(body.calls).containsExactly("halt");
    }

    @Test
    void should_change_only_what_a_subclass_overrides() {
        LoggingBody body = new LoggingBody();
        RobotDriver slow = new ForwardingRobotDriver(body) {
            @Override
            public void drive(DriveCommand command) {
                delegate().drive(new DriveCommand(command.linear() / 2, command.angular()));
            }
        };

        slow.drive(new DriveCommand(0.4, 0));
        slow.suction(false);
        slow.halt();

        assertThat(body.calls).containsExactly("drive 0.2 0.0", "suction false", "halt");
    }

    @Test
    void should_override_every_method_of_the_driver_port() {
        // A method added to RobotDriver later must be forwarded too, or wrappers would silently
        // answer with the interface's default instead of the body's own behaviour.
        List<String> missing = new ArrayList<>();
        for (Method m : RobotDriver.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            try {
                ForwardingRobotDriver.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
            } catch (NoSuchMethodException e) {
                missing.add(m.getName() + Arrays.toString(m.getParameterTypes()));
            }
        }
        assertThat(missing).as("RobotDriver methods ForwardingRobotDriver does not forward").isEmpty();
    }

    @Test
    void should_refuse_when_there_is_no_delegate() {
        assertThatThrownBy(() -> new Plain(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("delegate");
    }
}
