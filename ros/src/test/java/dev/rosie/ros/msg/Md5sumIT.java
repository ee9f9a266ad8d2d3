package dev.rosie.ros.msg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rosie's md5sums and definitions, computed from the shipped .msg texts, against the message
 * classes of Debian's ROS (read with /usr/bin/python3, which sees Debian's Python packages).
 */
class Md5sumIT {
    static List<MessageType<?>> types() {
        return List.of(RosString.TYPE, RosBool.TYPE, RosFloat32.TYPE, Twist.TYPE, Odometry.TYPE, LaserScan.TYPE, Image.TYPE);
    }

    @ParameterizedTest
    @MethodSource("types")
    void should_have_the_md5sum_and_definition_of_the_installed_ros(MessageType<?> type) throws Exception {
        String pkg = type.name().substring(0, type.name().indexOf('/'));
        String cls = type.name().substring(type.name().indexOf('/') + 1);
        String script = "import sys; from " + pkg + ".msg import " + cls + " as M; "
                + "sys.stdout.write(M._type + '\\n' + M._md5sum + '\\n' + M._full_text)";
        String out = python(script);
        String[] parts = out.split("\n", 3);
        assertThat(parts[0]).isEqualTo(type.name());
        assertThat(type.md5sum()).as("md5sum of %s", type.name()).isEqualTo(parts[1]);
        assertThat(type.definition()).as("message_definition of %s", type.name()).isEqualTo(parts[2]);
    }

    private static String python(String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", script).redirectErrorStream(true).start();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String text = new String(out, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as("python3 (are Debian's ROS message packages installed? see .ci/run): %s", text)
                    .isZero();
            return text;
        } finally {
            p.destroyForcibly();
        }
    }
}
