package dev.rosie.ros.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.ros.node.NodeConfig;
import dev.rosie.ros.node.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real {@link RosCore} for a test class: started before its first test, failing at once with a
 * clear message when Debian's ROS tools are missing, and stopped after its last. Register it on a
 * static field: {@code @RegisterExtension static final RosCoreExtension ros = new RosCoreExtension();}.
 */
public final class RosCoreExtension implements BeforeAllCallback, AfterAllCallback {
    private RosCore core;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        assertThat(RosProcesses.installed()).as("Debian's ROS 1 tools (installed by .ci/run)").isTrue();
        core = RosCore.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (core != null) {
            core.close();
            core = null;
        }
    }

    /** The running roscore. */
    public RosCore core() {
        if (core == null) {
            throw new IllegalStateException("no roscore: register RosCoreExtension with @RegisterExtension on a static field");
        }
        return core;
    }

    /** A node named {@code name} on this roscore, on loopback, with the default retries and a 5 s call timeout. */
    public NodeConfig nodeConfig(String name) {
        return new NodeConfig(name, core().uri(), "127.0.0.1", RetryPolicy.DEFAULT, Duration.ofSeconds(5));
    }
}
