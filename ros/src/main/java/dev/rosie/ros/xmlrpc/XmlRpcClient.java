package dev.rosie.ros.xmlrpc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Calls XML-RPC methods over HTTP/1.1 with the JDK's {@link HttpClient}. One client serves any
 * number of peers and threads. Every call is bounded by the request timeout, so a peer that hangs
 * cannot hang the node.
 */
public final class XmlRpcClient implements AutoCloseable {
    private final HttpClient http;
    private final XmlRpcCodec codec = new XmlRpcCodec();
    private final Duration timeout;

    public XmlRpcClient(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        // ROS's Python servers speak HTTP/1.x only; an h2c upgrade attempt would be wasted.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /**
     * Calls {@code method} on the server at {@code uri} and returns the result value.
     *
     * @throws XmlRpcException retriable when the server could not be reached or timed out; not
     *     retriable when it answered with a fault or with something that is not XML-RPC
     */
    public Object call(URI uri, String method, Object... params) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(codec.encodeCall(method, List.of(params)), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new XmlRpcException("cannot reach " + uri + " for " + method + ": " + describe(e), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XmlRpcException("interrupted while calling " + method + " on " + uri, true, e);
        }
        if (response.statusCode() != 200) {
            throw new XmlRpcException(uri + " answered " + method + " with HTTP " + response.statusCode(), false);
        }
        return switch (codec.decodeResponse(response.body())) {
            case XmlRpcCodec.Success s -> s.value();
            case XmlRpcCodec.Fault f -> throw new XmlRpcException(uri + " answered " + method + " with fault " + f.code()
                    + ": " + f.message(), false);
        };
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + m + ")");
    }

    @Override
    public void close() {
        http.close();
    }
}
