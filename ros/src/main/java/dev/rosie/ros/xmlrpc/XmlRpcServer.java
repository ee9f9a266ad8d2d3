package dev.rosie.ros.xmlrpc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves XML-RPC methods on the JDK's {@link HttpServer}. Each request runs on its own virtual
 * thread. A handler that throws {@link XmlRpcException} or {@link IllegalArgumentException}
 * answers with a fault naming the problem; nothing a caller sends can stop the server.
 */
public final class XmlRpcServer implements AutoCloseable {
    /** Requests larger than this are refused before parsing: no ROS call comes near it. */
    static final int MAX_REQUEST_BYTES = 4 * 1024 * 1024;

    /** One XML-RPC method. */
    @FunctionalInterface
    public interface Handler {
        Object handle(List<Object> params);
    }

    private final XmlRpcCodec codec = new XmlRpcCodec();
    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Handler> handlers;
    private final System.Logger log = System.getLogger(XmlRpcServer.class.getName());

    /** Binds to {@code address} on {@code port} (0 for any free port) and starts serving. */
    public XmlRpcServer(InetAddress address, int port, Map<String, Handler> handlers) throws IOException {
        this.handlers = Map.copyOf(Objects.requireNonNull(handlers, "handlers"));
        this.server = HttpServer.create(new InetSocketAddress(address, port), 50);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void exchange(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"POST".equals(ex.getRequestMethod())) {
                send(ex, 405, "XML-RPC needs POST\n");
                return;
            }
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readNBytes(MAX_REQUEST_BYTES + 1);
            }
            if (body.length > MAX_REQUEST_BYTES) {
                send(ex, 413, "request larger than " + MAX_REQUEST_BYTES + " bytes\n");
                return;
            }
            send(ex, 200, answer(new String(body, StandardCharsets.UTF_8)));
        }
    }

    private String answer(String xml) {
        XmlRpcCodec.Call call;
        try {
            call = codec.decodeCall(xml);
        } catch (XmlRpcException e) {
            log.log(System.Logger.Level.WARNING, "refused a malformed XML-RPC request: " + e.getMessage());
            return codec.encodeFault(1, e.getMessage());
        }
        Handler handler = handlers.get(call.method());
        if (handler == null) {
            return codec.encodeFault(1, "unknown method " + call.method());
        }
        try {
            return codec.encodeResponse(handler.handle(call.params()));
        } catch (XmlRpcException | IllegalArgumentException | IndexOutOfBoundsException | ClassCastException e) {
            log.log(System.Logger.Level.WARNING, "XML-RPC " + call.method() + " failed: " + e.getMessage());
            return codec.encodeFault(1, call.method() + ": " + e.getMessage());
        }
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", status == 200 ? "text/xml" : "text/plain");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
