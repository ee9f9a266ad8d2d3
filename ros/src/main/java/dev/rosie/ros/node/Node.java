package dev.rosie.ros.node;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.RosieException;
import dev.rosie.ros.msg.MessageType;
import dev.rosie.ros.xmlrpc.XmlRpcClient;
import dev.rosie.ros.xmlrpc.XmlRpcServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A ROS 1 node: the rosjava-like entry point. {@link #start} binds the slave API and the TCPROS
 * server to the configured host, then makes sure the master answers (retrying per the config's
 * {@link RetryPolicy} with a log line per attempt); after that, {@link #newPublisher} and
 * {@link #newSubscriber} register topics. {@link #shutdown} unregisters everything and closes every
 * connection; the master may also ask for it (another node took our name).
 */
public final class Node implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Node.class.getName());

    private final NodeConfig config;
    private final XmlRpcClient rpc;
    private final MasterClient master;
    /** Unregistering is best effort on the way out: one attempt, so a dead master cannot stall shutdown. */
    private final MasterClient farewell;
    private final XmlRpcServer slave;
    private final TcpRosServer tcp;
    private final URI uri;
    private final ConcurrentMap<String, Publication<?>> publications = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Subscription<?>> subscriptions = new ConcurrentHashMap<>();
    private final AtomicInteger connectionIds = new AtomicInteger();
    private final AtomicBoolean shutdown = new AtomicBoolean();

    private Node(NodeConfig config, MasterClient.Sleeper sleeper) throws IOException {
        this.config = config;
        InetAddress address;
        try {
            address = InetAddress.getByName(config.host());
        } catch (IOException e) {
            throw new InvalidInputException("ROS host '" + config.host() + "' does not resolve: set ROS_IP to an address"
                    + " of this machine", e);
        }
        this.rpc = new XmlRpcClient(config.callTimeout());
        this.slave = new XmlRpcServer(address, 0, new SlaveApi(this).handlers());
        this.tcp = new TcpRosServer(address, config.name(), (int) config.callTimeout().toMillis(), this::publication,
                this::nextConnectionId);
        this.uri = URI.create("http://" + hostForUri(config.host()) + ":" + slave.port() + "/");
        this.master = new MasterClient(rpc, config.masterUri(), config.name(), config.retry(), sleeper);
        this.farewell = new MasterClient(rpc, config.masterUri(), config.name(),
                new RetryPolicy(1, java.time.Duration.ZERO, java.time.Duration.ZERO), sleeper);
    }

    /** Starts a node and waits (per the retry policy) for the master to answer. */
    public static Node start(NodeConfig config) {
        return start(config, d -> Thread.sleep(d));
    }

    /** As {@link #start(NodeConfig)}, with the wait between retries supplied by the caller. */
    public static Node start(NodeConfig config, MasterClient.Sleeper sleeper) {
        Objects.requireNonNull(config, "config");
        Node node;
        try {
            node = new Node(config, sleeper);
        } catch (IOException e) {
            throw new RosieException("cannot open the ROS node's sockets on " + config.host() + ": " + e.getMessage(), false, e);
        }
        try {
            node.master.getUri();
        } catch (RuntimeException e) {
            node.closeServers();
            throw e;
        }
        warnIfUnreachable(config);
        LOG.log(System.Logger.Level.INFO, "ROS node " + config.name() + " up at " + node.uri + " (TCPROS port " + node.tcp.port()
                + "), master " + config.masterUri());
        return node;
    }

    /** A loopback host with a remote master is the classic ROS misconfiguration: say so. */
    private static void warnIfUnreachable(NodeConfig config) {
        try {
            boolean masterLocal = InetAddress.getByName(config.masterUri().getHost()).isLoopbackAddress();
            boolean hostLocal = InetAddress.getByName(config.host()).isLoopbackAddress();
            if (!masterLocal && hostLocal) {
                LOG.log(System.Logger.Level.WARNING, "ROS node " + config.name() + " advertises " + config.host()
                        + ", which nodes on " + config.masterUri() + " cannot reach; set ROS_IP to this machine's"
                        + " address on the robot's network");
            }
        } catch (IOException e) {
            // The master answered, so its name resolves; our own host resolved when we bound to it.
        }
    }

    private static String hostForUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    public String name() {
        return config.name();
    }

    /** This node's slave API URI, as registered with the master. */
    public URI uri() {
        return uri;
    }

    public URI masterUri() {
        return config.masterUri();
    }

    public NodeConfig config() {
        return config;
    }

    /** The master's API, as this node calls it: lookups and the system state. */
    public MasterClient master() {
        return master;
    }

    public boolean isShutdown() {
        return shutdown.get();
    }

    /** A publisher on {@code topic}; it registers with the master before returning. */
    public <T> Publisher<T> newPublisher(String topic, MessageType<T> type) {
        return newPublisher(topic, type, false);
    }

    /** A publisher that, when {@code latch} is set, sends its last message to every new subscriber. */
    public <T> Publisher<T> newPublisher(String topic, MessageType<T> type, boolean latch) {
        requireRunning();
        String name = GraphName.resolve(name(), topic);
        Publication<T> p = new Publication<>(this, name, Objects.requireNonNull(type, "type"), latch);
        if (publications.putIfAbsent(name, p) != null) {
            throw new InvalidInputException("node " + name() + " already publishes " + name);
        }
        try {
            master.registerPublisher(name, type.name(), uri.toString());
        } catch (RuntimeException e) {
            publications.remove(name);
            throw e;
        }
        return p;
    }

    /** A subscriber on {@code topic}; it registers with the master and connects to the current publishers. */
    public <T> Subscriber<T> newSubscriber(String topic, MessageType<T> type) {
        requireRunning();
        String name = GraphName.resolve(name(), topic);
        Subscription<T> s = new Subscription<>(this, name, Objects.requireNonNull(type, "type"));
        if (subscriptions.putIfAbsent(name, s) != null) {
            throw new InvalidInputException("node " + name() + " already subscribes to " + name);
        }
        try {
            s.updatePublishers(master.registerSubscriber(name, type.name(), uri.toString()));
        } catch (RuntimeException e) {
            subscriptions.remove(name);
            throw e;
        }
        return s;
    }

    private void requireRunning() {
        if (shutdown.get()) {
            throw new IllegalStateException("ROS node " + name() + " is shut down");
        }
    }

    void unpublish(Publication<?> p) {
        if (publications.remove(p.topic(), p)) {
            p.closeAll();
            bestEffort("unregisterPublisher " + p.topic(), () -> farewell.unregisterPublisher(p.topic(), uri.toString()));
        }
    }

    void unsubscribe(Subscription<?> s) {
        if (subscriptions.remove(s.topic(), s)) {
            s.closeAll();
            bestEffort("unregisterSubscriber " + s.topic(), () -> farewell.unregisterSubscriber(s.topic(), uri.toString()));
        }
    }

    private void bestEffort(String what, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "ROS node " + name() + ": " + what + " failed: " + e.getMessage());
        }
    }

    // ---- for the slave API and the TCPROS server ----------------------------------------------

    Optional<Publication<?>> publication(String topic) {
        return Optional.ofNullable(publications.get(topic));
    }

    void publisherUpdate(String topic, List<String> publisherUris) {
        Subscription<?> s = subscriptions.get(topic);
        if (s != null) {
            s.updatePublishers(publisherUris);
        }
    }

    List<List<String>> publicationList() {
        return publications.values().stream().map(p -> List.of(p.topic(), p.type().name())).toList();
    }

    List<List<String>> subscriptionList() {
        return subscriptions.values().stream().map(s -> List.of(s.topic(), s.type().name())).toList();
    }

    /** Every live TCPROS connection, as {@code getBusInfo} reports them. */
    public List<BusConnection> busInfo() {
        List<BusConnection> out = new ArrayList<>();
        publications.values().forEach(p -> out.addAll(p.busInfo()));
        subscriptions.values().forEach(s -> out.addAll(s.busInfo()));
        return out;
    }

    int nextConnectionId() {
        return connectionIds.incrementAndGet();
    }

    XmlRpcClient rpc() {
        return rpc;
    }

    String host() {
        return config.host();
    }

    int tcpPort() {
        return tcp.port();
    }

    /** Unregisters every topic (best effort: the master may be gone) and closes all sockets. Idempotent. */
    public void shutdown() {
        if (!shutdown.compareAndSet(false, true)) {
            return;
        }
        for (Publication<?> p : List.copyOf(publications.values())) {
            unpublish(p);
        }
        for (Subscription<?> s : List.copyOf(subscriptions.values())) {
            unsubscribe(s);
        }
        closeServers();
        LOG.log(System.Logger.Level.INFO, "ROS node " + name() + " shut down");
    }

    private void closeServers() {
        slave.close();
        try {
            tcp.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rpc.close();
    }

    @Override
    public void close() {
        shutdown();
    }
}
