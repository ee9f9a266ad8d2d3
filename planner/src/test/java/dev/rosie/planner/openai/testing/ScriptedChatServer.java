package dev.rosie.planner.openai.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An OpenAI-compatible chat-completions server on 127.0.0.1 (a free port) that answers
 * {@code POST /v1/chat/completions} from a script: each request takes the next scripted
 * {@link Reply} (or asks the fallback function), and is recorded for assertions. A {@link Reply#hang()}
 * never answers until {@link #close()}, so a client timeout is a real one.
 */
public final class ScriptedChatServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded request: its body and Authorization header. */
    public record Request(JsonNode body, String authorization) {
        /** The messages sent, in order. */
        public List<JsonNode> messages() {
            List<JsonNode> out = new ArrayList<>();
            body.path("messages").forEach(out::add);
            return out;
        }

        /** The content of the last message of {@code role}, or empty text. */
        public String last(String role) {
            String found = "";
            for (JsonNode m : messages()) {
                if (role.equals(m.path("role").asText())) {
                    found = m.path("content").isTextual() ? m.path("content").asText() : m.path("content").toString();
                }
            }
            return found;
        }

        /** The JSON schema of response_format, or a missing node. */
        public JsonNode schema() {
            return body.path("response_format").path("json_schema").path("schema");
        }

        public List<String> toolNames() {
            List<String> names = new ArrayList<>();
            body.path("tools").forEach(t -> names.add(t.path("function").path("name").asText()));
            return names;
        }
    }

    /** What the server does with one request. */
    public sealed interface Reply {
        /** An assistant message with {@code content}. */
        record Content(String content) implements Reply {
        }

        /** An assistant message calling tools: pairs of name and JSON arguments. */
        record ToolCalls(List<String[]> calls) implements Reply {
        }

        /** An HTTP error status with a body. */
        record Status(int code, String body) implements Reply {
        }

        /** No answer at all until the server closes. */
        record Hang() implements Reply {
        }

        static Reply content(String content) {
            return new Content(content);
        }

        static Reply toolCall(String name, String arguments) {
            return new ToolCalls(List.<String[]>of(new String[] {name, arguments}));
        }

        static Reply status(int code) {
            return new Status(code, "{\"error\":{\"message\":\"scripted " + code + "\",\"type\":\"server_error\"}}");
        }

        static Reply hang() {
            return new Hang();
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "scripted-chat-server");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Function<Request, Reply>> script = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private Function<Request, Reply> fallback = r -> Reply.status(599);
    private int calls;

    private ScriptedChatServer(HttpServer server) {
        this.server = server;
    }

    public static ScriptedChatServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ScriptedChatServer s = new ScriptedChatServer(http);
            http.createContext("/v1/chat/completions", s::handle);
            http.setExecutor(s.threads);
            http.start();
            return s;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the scripted chat server", e);
        }
    }

    /** The base URL to give a client: {@code http://127.0.0.1:PORT/v1}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public synchronized ScriptedChatServer then(Reply reply) {
        Objects.requireNonNull(reply, "reply");
        script.add(r -> reply);
        return this;
    }

    /** Scripts a reply computed from the request (to check it, or to answer depending on it). */
    public synchronized ScriptedChatServer then(Function<Request, Reply> reply) {
        script.add(Objects.requireNonNull(reply, "reply"));
        return this;
    }

    /** What to answer once the script has run out (by default an HTTP 599 the test will notice). */
    public synchronized ScriptedChatServer otherwise(Function<Request, Reply> reply) {
        this.fallback = Objects.requireNonNull(reply, "reply");
        return this;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Scripted replies not yet used. */
    public synchronized int remaining() {
        return script.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request;
            Function<Request, Reply> next;
            int n;
            try {
                JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
                request = new Request(body, exchange.getRequestHeaders().getFirst("Authorization"));
            } catch (IOException e) {
                send(exchange, 400, "{\"error\":{\"message\":\"body is not JSON\"}}");
                return;
            }
            synchronized (this) {
                requests.add(request);
                next = script.isEmpty() ? fallback : script.poll();
                n = ++calls;
            }
            Reply reply;
            try {
                reply = next.apply(request);
            } catch (AssertionError | RuntimeException e) {
                // A failed check inside the script becomes a 599 with the message, which the test sees.
                send(exchange, 599, JSON.writeValueAsString(JSON.createObjectNode().put("error", String.valueOf(e.getMessage()))));
                return;
            }
            switch (reply) {
                case Reply.Content c -> send(exchange, 200, completion(n, request, message(c.content(), List.of()), "stop"));
                case Reply.ToolCalls t -> send(exchange, 200, completion(n, request, message(null, t.calls()), "tool_calls"));
                case Reply.Status s -> send(exchange, s.code(), s.body());
                case Reply.Hang h -> {
                    try {
                        closing.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }
    }

    private static ObjectNode message(String content, List<String[]> calls) {
        ObjectNode m = JSON.createObjectNode().put("role", "assistant");
        if (content == null) {
            m.putNull("content");
        } else {
            m.put("content", content);
        }
        if (!calls.isEmpty()) {
            ArrayNode tc = m.putArray("tool_calls");
            int i = 0;
            for (String[] c : calls) {
                ObjectNode call = tc.addObject().put("id", "call_" + (++i)).put("type", "function");
                call.putObject("function").put("name", c[0]).put("arguments", c[1]);
            }
        }
        return m;
    }

    private static String completion(int n, Request request, ObjectNode message, String finish) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-" + n).put("object", "chat.completion")
                .put("created", 1_700_000_000L).put("model", request.body().path("model").asText("scripted"));
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.set("message", message);
        choice.put("finish_reason", finish);
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
        return JSON.writeValueAsString(root);
    }

    private static void send(HttpExchange exchange, int code, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
