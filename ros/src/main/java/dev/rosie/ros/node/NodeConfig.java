package dev.rosie.ros.node;

import dev.rosie.core.InvalidInputException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a node needs to join a ROS graph.
 *
 * @param name the node's global name, e.g. {@code /rosie}
 * @param masterUri the master's XML-RPC URI, e.g. {@code http://127.0.0.1:11311/}
 * @param host the address other nodes use to reach this one; the node binds its servers to it
 * @param retry how patiently to wait for an unreachable master
 * @param callTimeout the bound on any one XML-RPC call and TCPROS handshake
 */
public record NodeConfig(String name, URI masterUri, String host, RetryPolicy retry, Duration callTimeout) {
    public static final String DEFAULT_MASTER = "http://localhost:11311/";

    public NodeConfig {
        name = GraphName.node(name);
        Objects.requireNonNull(masterUri, "masterUri");
        if (!"http".equals(masterUri.getScheme()) || masterUri.getHost() == null || masterUri.getPort() < 0) {
            throw new InvalidInputException("ROS master URI '" + masterUri + "' must look like http://HOST:PORT/");
        }
        if (host == null || host.isBlank()) {
            throw new InvalidInputException("a ROS node needs a host address other nodes can reach (ROS_IP or ROS_HOSTNAME)");
        }
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(callTimeout, "callTimeout");
    }

    /**
     * A config the way ROS tools build one: the master from {@code ROS_MASTER_URI}, the host from
     * {@code ROS_IP}, then {@code ROS_HOSTNAME}, then loopback; an explicit master overrides the
     * environment.
     */
    public static NodeConfig fromEnvironment(String name, String explicitMaster, Map<String, String> env) {
        String master = explicitMaster != null ? explicitMaster : env.getOrDefault("ROS_MASTER_URI", DEFAULT_MASTER);
        String host = firstNonBlank(env.get("ROS_IP"), env.get("ROS_HOSTNAME"), "127.0.0.1");
        return new NodeConfig(name, parseMaster(master), host, RetryPolicy.DEFAULT, Duration.ofSeconds(5));
    }

    public static URI parseMaster(String text) {
        try {
            URI uri = new URI(text.trim());
            return uri.getPath() == null || uri.getPath().isEmpty() ? uri.resolve("/") : uri;
        } catch (java.net.URISyntaxException e) {
            throw new InvalidInputException("ROS master URI '" + text + "' is not a URI: " + e.getReason());
        }
    }

    public NodeConfig withRetry(RetryPolicy policy) {
        return new NodeConfig(name, masterUri, host, policy, callTimeout);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        throw new IllegalStateException("unreachable: the last value is a constant");
    }
}
