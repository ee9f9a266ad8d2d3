package dev.rosie.ros.node;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.function.Consumer;

/**
 * A publisher's connection to one subscriber. Messages wait in a small queue drained by the
 * connection's own thread; when the subscriber falls behind, the oldest queued message is dropped,
 * as roscpp and rospy do, so one slow subscriber never blocks the publisher or the others.
 */
final class OutboundConnection {
    static final int QUEUE = 32;
    private static final System.Logger LOG = System.getLogger(OutboundConnection.class.getName());

    private final int id;
    private final String subscriber;
    private final String topic;
    private final Socket socket;
    private final LinkedBlockingDeque<byte[]> queue = new LinkedBlockingDeque<>(QUEUE);
    private final Consumer<OutboundConnection> onClosed;
    private volatile boolean open = true;
    private Thread thread;
    /** Queued after the last message on a graceful close; never sent. */
    private static final byte[] END = new byte[0];

    OutboundConnection(int id, String subscriber, String topic, Socket socket, Consumer<OutboundConnection> onClosed) {
        this.id = id;
        this.subscriber = subscriber;
        this.topic = topic;
        this.socket = socket;
        this.onClosed = onClosed;
    }

    void start() {
        thread = Thread.ofVirtual().name("tcpros-out-" + topic + "-" + id).start(this::drain);
    }

    void send(byte[] frame) {
        while (!queue.offerLast(frame)) {
            queue.pollFirst();
        }
    }

    private void drain() {
        try {
            OutputStream out = socket.getOutputStream();
            while (open) {
                byte[] frame = queue.take();
                if (frame == END) {
                    break;
                }
                out.write(frame);
                out.flush();
            }
        } catch (IOException e) {
            if (open) {
                LOG.log(System.Logger.Level.INFO, "subscriber " + subscriber + " of " + topic + " went away (" + e.getMessage() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
        }
    }

    void close() {
        if (!open) {
            return;
        }
        open = false;
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is best effort; the peer may already be gone.
        }
        queue.offerFirst(END); // wakes the drain thread if it is waiting
        onClosed.accept(this);
    }

    /** Sends what is queued (waiting at most {@code timeout}), then closes: a last "stop" must get out. */
    void finish(java.time.Duration timeout) {
        send(END);
        try {
            if (thread != null) {
                thread.join(timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    BusConnection info() {
        return new BusConnection(id, subscriber, "o", topic, open);
    }
}
