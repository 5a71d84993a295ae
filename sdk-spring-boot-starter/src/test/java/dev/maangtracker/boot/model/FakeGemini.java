package dev.maangtracker.boot.model;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local HTTP server speaking the part of the Gemini API the client uses: {@code :generateContent}
 * (JSON), {@code :streamGenerateContent?alt=sse} (server-sent events) and, for Vertex AI, the OAuth
 * token endpoint a service account's {@code token_uri} names. Replies are scripted in order; once the
 * script is used up, every model call gets the fallback reply. Records every request.
 */
final class FakeGemini implements AutoCloseable {

    /** The path the fake service account's {@code token_uri} points at. */
    static final String TOKEN_PATH = "/oauth2/token";
    static final String ACCESS_TOKEN = "fake-access-token";

    /** One recorded request. */
    record Request(String method, String path, String query, String apiKey, String authorization, String body) {
        boolean isModelCall() {
            return !path.equals(TOKEN_PATH);
        }
    }

    /**
     * One scripted answer to a model call.
     *
     * @param held for a stream: how many chunks are sent before the server waits for the gate
     * @param gate for a stream: after {@code held} chunks the server waits (at most {@link #GATE_WAIT})
     *             for this latch before sending the rest, or {@code null}
     */
    record Reply(int status, List<String> texts, String rawBody, Duration delay, int held, CountDownLatch gate) {
        /** A successful reply; a stream sends each text as one chunk, a plain call joins them. */
        static Reply text(String... texts) {
            return new Reply(200, List.of(texts), null, Duration.ZERO, 0, null);
        }

        /** An API error with Google's error body. */
        static Reply error(int status, String googleStatus) {
            return new Reply(status, List.of(), "{\"error\":{\"code\":" + status + ",\"message\":\"scripted " + status
                    + "\",\"status\":\"" + googleStatus + "\"}}", Duration.ZERO, 0, null);
        }

        /** The same reply, sent after a pause. */
        Reply after(Duration pause) {
            return new Reply(status, texts, rawBody, pause, held, gate);
        }

        /** The same reply; streamed, its first {@code chunks} are sent (and flushed) and the rest waits for the gate. */
        Reply heldAfter(int chunks, CountDownLatch opened) {
            return new Reply(status, texts, rawBody, delay, chunks, opened);
        }
    }

    /** Longest wait of a held stream for its gate; the server then sends the rest anyway. */
    static final Duration GATE_WAIT = Duration.ofSeconds(10);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<Reply> script = new ConcurrentLinkedDeque<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile Reply fallback = Reply.text("fallback reply");
    private final List<Boolean> gatesOpened = Collections.synchronizedList(new ArrayList<>());

    FakeGemini() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to give the client, ending in a slash. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Queues replies for the next model calls, in order. */
    FakeGemini then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** The reply once the script is used up. */
    FakeGemini otherwise(Reply reply) {
        this.fallback = reply;
        return this;
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<Request> modelCalls() {
        return requests().stream().filter(Request::isModelCall).toList();
    }

    long tokenRequests() {
        return requests().stream().filter(r -> !r.isModelCall()).count();
    }

    /** For each held stream served, whether its gate opened while the rest of the reply was held back. */
    List<Boolean> gatesOpened() {
        synchronized (gatesOpened) {
            return List.copyOf(gatesOpened);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(),
                    exchange.getRequestHeaders().getFirst("x-goog-api-key"),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            if (path.equals(TOKEN_PATH)) {
                send(exchange, 200, "application/json", "{\"access_token\":\"" + ACCESS_TOKEN
                        + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}");
                return;
            }
            Reply reply = script.poll();
            if (reply == null) {
                reply = fallback;
            }
            if (!reply.delay().isZero()) {
                sleep(reply.delay());
            }
            if (reply.status() != 200) {
                send(exchange, reply.status(), "application/json", reply.rawBody());
            } else if (path.endsWith(":streamGenerateContent") && reply.gate() != null) {
                sendHeld(exchange, reply);
            } else if (path.endsWith(":streamGenerateContent")) {
                StringBuilder events = new StringBuilder();
                for (int i = 0; i < reply.texts().size(); i++) {
                    events.append(event(reply, i));
                }
                send(exchange, 200, "text/event-stream", events.toString());
            } else if (path.endsWith(":generateContent")) {
                send(exchange, 200, "application/json", response(String.join("", reply.texts()), true));
            } else {
                send(exchange, 404, "application/json", "{\"error\":{\"code\":404,\"message\":\"no such path\","
                        + "\"status\":\"NOT_FOUND\"}}");
            }
        }
    }

    private static String event(Reply reply, int index) {
        boolean last = index == reply.texts().size() - 1;
        return "data: " + response(reply.texts().get(index), last) + "\r\n\r\n";
    }

    /** A stream sent in chunked encoding: the first events, flushed, then the rest once the gate opens. */
    private void sendHeld(HttpExchange exchange, Reply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < reply.texts().size(); i++) {
                out.write(event(reply, i).getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (i == reply.held() - 1) {
                    gatesOpened.add(await(reply.gate()));
                }
            }
        } catch (IOException clientGone) {
            // The client gave up: nothing to answer.
        }
    }

    private static boolean await(CountDownLatch gate) {
        try {
            return gate.await(GATE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String response(String text, boolean last) {
        return "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":" + json(text) + "}]},"
                + (last ? "\"finishReason\":\"STOP\"," : "") + "\"index\":0}],"
                + "\"usageMetadata\":{\"promptTokenCount\":12,\"candidatesTokenCount\":4,\"totalTokenCount\":16},"
                + "\"modelVersion\":\"gemini-2.5-flash\"}";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientGone) {
            // The client gave up (its timeout): nothing to answer.
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
