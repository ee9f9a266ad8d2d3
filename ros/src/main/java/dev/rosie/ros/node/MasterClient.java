package dev.rosie.ros.node;

import dev.rosie.core.RosieException;
import dev.rosie.ros.xmlrpc.XmlRpcClient;
import dev.rosie.ros.xmlrpc.XmlRpcException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The ROS master's XML-RPC API, as one node calls it. Every call returns ROS's
 * {@code [code, statusMessage, value]} triple; code 1 is success, anything else is turned into an
 * exception carrying the master's message. Calls that fail to reach the master are retried per
 * the node's {@link RetryPolicy}, with one log line per failed attempt saying when the next is.
 */
public final class MasterClient {
    private static final System.Logger LOG = System.getLogger(MasterClient.class.getName());

    private final XmlRpcClient rpc;
    private final URI master;
    private final String callerId;
    private final RetryPolicy retry;
    private final Sleeper sleeper;

    /** Waits between retries; a parameter so tests of the policy need not wait for real. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    public MasterClient(XmlRpcClient rpc, URI master, String callerId, RetryPolicy retry, Sleeper sleeper) {
        this.rpc = Objects.requireNonNull(rpc, "rpc");
        this.master = Objects.requireNonNull(master, "master");
        this.callerId = Objects.requireNonNull(callerId, "callerId");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    public URI uri() {
        return master;
    }

    /** The master's own URI: a cheap call that proves it is up. */
    public String getUri() {
        return (String) call("getUri", callerId);
    }

    /** Registers a publication; returns the slave URIs of the topic's current subscribers. */
    public List<String> registerPublisher(String topic, String type, String callerApi) {
        return strings(call("registerPublisher", callerId, topic, type, callerApi));
    }

    public int unregisterPublisher(String topic, String callerApi) {
        return (Integer) call("unregisterPublisher", callerId, topic, callerApi);
    }

    /** Registers a subscription; returns the slave URIs of the topic's current publishers. */
    public List<String> registerSubscriber(String topic, String type, String callerApi) {
        return strings(call("registerSubscriber", callerId, topic, type, callerApi));
    }

    public int unregisterSubscriber(String topic, String callerApi) {
        return (Integer) call("unregisterSubscriber", callerId, topic, callerApi);
    }

    /** The slave URI of the node called {@code nodeName}. */
    public String lookupNode(String nodeName) {
        return (String) call("lookupNode", callerId, nodeName);
    }

    /** The graph: publishers, subscribers and services, each topic (or service) with its node names. */
    public SystemState getSystemState() {
        List<?> state = (List<?>) call("getSystemState", callerId);
        return new SystemState(names(state.get(0)), names(state.get(1)), names(state.get(2)));
    }

    /** What {@code getSystemState} says: topic name to node names, sorted by topic. */
    public record SystemState(Map<String, List<String>> publishers, Map<String, List<String>> subscribers,
            Map<String, List<String>> services) {}

    private static Map<String, List<String>> names(Object section) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Object entry : (List<?>) section) {
            List<?> pair = (List<?>) entry;
            out.put((String) pair.get(0), strings(pair.get(1)));
        }
        return out;
    }

    private static List<String> strings(Object list) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) list) {
            out.add((String) o);
        }
        return out;
    }

    private Object call(String method, Object... params) {
        for (int attempt = 1; ; attempt++) {
            try {
                return unwrap(method, rpc.call(master, method, params));
            } catch (XmlRpcException e) {
                if (!e.retriable()) {
                    throw new RosieException("ROS master at " + master + " refused " + method + ": " + e.getMessage(), false, e);
                }
                if (attempt >= retry.attempts()) {
                    throw new MasterUnreachableException("ROS master at " + master + " is unreachable after " + attempt
                            + " attempt" + (attempt == 1 ? "" : "s") + " (" + e.getMessage() + "); is roscore running"
                            + " there and is ROS_MASTER_URI right?", e);
                }
                Duration wait = retry.delayAfter(attempt);
                LOG.log(System.Logger.Level.WARNING, "ROS master at " + master + " unreachable (attempt " + attempt + " of "
                        + retry.attempts() + ", " + method + "); retrying in " + wait.toMillis() + " ms");
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new MasterUnreachableException("interrupted while waiting for the ROS master at " + master, ie);
                }
            }
        }
    }

    /** ROS APIs answer {@code [code, statusMessage, value]}; code 1 means success. */
    static Object unwrap(String method, Object response) {
        if (!(response instanceof List<?> triple) || triple.size() != 3 || !(triple.get(0) instanceof Integer code)) {
            throw new RosieException(method + " returned " + response + ", not a ROS [code, message, value] triple", false);
        }
        if (code != 1) {
            throw new RosieException(method + " failed (code " + code + "): " + triple.get(1), false);
        }
        return triple.get(2);
    }
}
