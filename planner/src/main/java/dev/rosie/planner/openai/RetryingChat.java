package dev.rosie.planner.openai;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;

/**
 * Sends one chat request, retrying timeouts, dropped connections and server-side errors (5xx, 408,
 * 429) with backoff; client errors (bad key, unknown model, bad request) are not retried, since
 * sending the same request again cannot help. Gives up with {@link Unavailable} naming the cause.
 */
final class RetryingChat {
    private final ChatModel model;
    private final URI server;
    private final int attempts;
    private final Backoff backoff;
    private final Sleeper sleeper;

    RetryingChat(ChatModel model, URI server, int attempts, Backoff backoff, Sleeper sleeper) {
        this.model = Objects.requireNonNull(model, "model");
        this.server = Objects.requireNonNull(server, "server");
        this.attempts = attempts;
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Why the server could not give an answer; the message is fit to speak and log. */
    static final class Unavailable extends Exception {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }

        /** Whether the server rejected the request for its structured-output schema (HTTP 400 naming it). */
        boolean rejectedSchema() {
            for (Throwable t = getCause(); t != null; t = t.getCause()) {
                if (t instanceof HttpException h) {
                    String body = String.valueOf(h.getMessage()).toLowerCase(java.util.Locale.ROOT);
                    return (h.statusCode() == 400 || h.statusCode() == 422)
                            && (body.contains("response_format") || body.contains("json_schema"));
                }
            }
            return false;
        }
    }

    ChatResponse send(ChatRequest request) throws Unavailable {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                try {
                    sleeper.sleep(backoff.delay(attempt - 1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Unavailable("interrupted while waiting to retry the LLM server at " + server, e);
                }
            }
            try {
                ChatResponse response = model.chat(request);
                if (response == null || response.aiMessage() == null) {
                    throw new IllegalStateException("the LLM server sent no message");
                }
                return response;
            } catch (RuntimeException e) {
                last = e;
                if (!retriable(e)) {
                    throw new Unavailable("the LLM server at " + server + " refused the request: " + describe(e), e);
                }
            }
        }
        throw new Unavailable("the LLM server at " + server + " did not answer after " + attempts
                + (attempts == 1 ? " attempt: " : " attempts: ") + describe(last), last);
    }

    static boolean retriable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException h) {
                int s = h.statusCode();
                return s >= 500 || s == 408 || s == 429;
            }
            if (t instanceof RetriableException || t instanceof IOException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** A one-line cause: the HTTP status, a timeout, or the innermost message, cut short. */
    static String describe(Throwable e) {
        if (e == null) {
            return "no answer";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException h) {
                return "HTTP " + h.statusCode() + " " + cut(h.getMessage());
            }
            if (t instanceof java.net.http.HttpTimeoutException || t instanceof dev.langchain4j.exception.TimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return "timed out";
            }
            if (t instanceof java.net.ConnectException) {
                return "connection refused";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + cut(root.getMessage()));
    }

    private static String cut(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > 160 ? one.substring(0, 160) + "..." : one;
    }
}
