package dev.rosie.ros.node;

import dev.rosie.ros.xmlrpc.XmlRpcServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The slave API every ROS node serves, which the master and other nodes call: who we publish and
 * subscribe to, where to reach a topic, news of a topic's publishers, and a request to shut down.
 * Each method answers ROS's {@code [code, statusMessage, value]} triple.
 */
final class SlaveApi {
    private static final System.Logger LOG = System.getLogger(SlaveApi.class.getName());

    private final Node node;

    SlaveApi(Node node) {
        this.node = node;
    }

    Map<String, XmlRpcServer.Handler> handlers() {
        return Map.ofEntries(
                Map.entry("getBusStats", p -> ok(List.of(List.of(), List.of(), List.of()))),
                Map.entry("getBusInfo", p -> ok(busInfo())),
                Map.entry("getMasterUri", p -> ok(node.masterUri().toString())),
                Map.entry("shutdown", this::shutdown),
                Map.entry("getPid", p -> ok((int) ProcessHandle.current().pid())),
                Map.entry("getSubscriptions", p -> ok(node.subscriptionList())),
                Map.entry("getPublications", p -> ok(node.publicationList())),
                Map.entry("paramUpdate", p -> ok(0)),
                Map.entry("publisherUpdate", this::publisherUpdate),
                Map.entry("requestTopic", this::requestTopic));
    }

    private Object shutdown(List<Object> p) {
        String caller = p.isEmpty() ? "?" : String.valueOf(p.get(0));
        String reason = p.size() > 1 ? String.valueOf(p.get(1)) : "";
        LOG.log(System.Logger.Level.WARNING, "ROS node " + node.name() + " told to shut down by " + caller
                + (reason.isEmpty() ? "" : ": " + reason));
        // Answer first: closing the server from inside its own request would cut the reply off.
        Thread.ofVirtual().start(node::shutdown);
        return ok(0);
    }

    private Object publisherUpdate(List<Object> p) {
        String topic = (String) p.get(1);
        List<String> uris = new ArrayList<>();
        for (Object o : (List<?>) p.get(2)) {
            uris.add((String) o);
        }
        node.publisherUpdate(topic, uris);
        return ok(0);
    }

    private Object requestTopic(List<Object> p) {
        String caller = (String) p.get(0);
        String topic = (String) p.get(1);
        if (node.publication(topic).isEmpty()) {
            return List.of(-1, "node " + node.name() + " does not publish " + topic, List.of());
        }
        for (Object protocol : (List<?>) p.get(2)) {
            if (protocol instanceof List<?> l && !l.isEmpty() && "TCPROS".equals(l.get(0))) {
                return List.of(1, "ready on " + node.host() + ":" + node.tcpPort(),
                        List.of("TCPROS", node.host(), node.tcpPort()));
            }
        }
        LOG.log(System.Logger.Level.WARNING, caller + " asked for " + topic + " over " + p.get(2) + "; only TCPROS is offered");
        return List.of(0, "no supported protocol: only TCPROS", List.of());
    }

    private List<Object> busInfo() {
        List<Object> out = new ArrayList<>();
        for (BusConnection c : node.busInfo()) {
            out.add(List.of(c.id(), c.peer(), c.direction(), "TCPROS", c.topic(), c.connected(), ""));
        }
        return out;
    }

    private static List<Object> ok(Object value) {
        return List.of(1, "", value);
    }
}
