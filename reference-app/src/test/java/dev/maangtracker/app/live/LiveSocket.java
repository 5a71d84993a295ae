package dev.maangtracker.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.HandshakeInfo;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test client of {@code /ws/interviews/{id}} on Reactor Netty, as a browser would use it: frames
 * sent from the test thread, received frames queued for {@link #next()}.
 */
final class LiveSocket implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
    private final Sinks.Many<WebSocketMessageSpec> outgoing = Sinks.many().unicast().onBackpressureBuffer();
    private final Sinks.One<HandshakeInfo> opened = Sinks.one();
    private final Sinks.One<CloseStatus> closed = Sinks.one();
    private final Disposable connection;

    private LiveSocket(URI uri, HttpHeaders headers, List<String> protocols) {
        WebSocketHandler handler = new WebSocketHandler() {
            @Override
            public List<String> getSubProtocols() {
                return protocols;
            }

            @Override
            public Mono<Void> handle(WebSocketSession session) {
                opened.tryEmitValue(session.getHandshakeInfo());
                session.closeStatus().subscribe(closed::tryEmitValue);
                Mono<Void> in = session.receive().map(WebSocketMessage::getPayloadAsText)
                        .doOnNext(text -> received.add(JSON.readValue(text, new TypeReference<Map<String, Object>>() { })))
                        .then();
                Mono<Void> out = session.send(outgoing.asFlux().map(spec -> spec.text() != null
                        ? session.textMessage(spec.text())
                        : session.binaryMessage(factory -> factory.wrap(spec.bytes()))));
                return Mono.firstWithSignal(in, out.then(Mono.never())).then();
            }
        };
        this.connection = new ReactorNettyWebSocketClient().execute(uri, headers, handler)
                .doOnError(error -> opened.tryEmitError(error))
                .subscribe(done -> { }, error -> { });
    }

    /** Connects offering the subprotocols {@code bearer, <token>}, as a browser does. */
    static LiveSocket open(int port, Object interviewId, String token) {
        return open(uri(port, interviewId, ""), new HttpHeaders(), List.of("bearer", token));
    }

    /** Connects with the given headers and subprotocols; waits for the upgrade or its refusal. */
    static LiveSocket open(URI uri, HttpHeaders headers, List<String> protocols) {
        LiveSocket socket = new LiveSocket(uri, headers, protocols);
        socket.handshake();
        return socket;
    }

    /** The status with which the server refused the handshake; fails if it accepted. */
    static int refusal(URI uri, HttpHeaders headers, List<String> protocols) {
        LiveSocket socket = new LiveSocket(uri, headers, protocols);
        try {
            socket.handshake();
        } catch (RuntimeException refused) {
            Throwable cause = refused;
            while (cause != null && !(cause instanceof WebSocketClientHandshakeException)) {
                cause = cause.getCause();
            }
            assertThat(cause).as("handshake failure %s", refused).isNotNull();
            return ((WebSocketClientHandshakeException) cause).response().status().code();
        } finally {
            socket.connection.dispose();
        }
        socket.close();
        throw new AssertionError("the handshake was accepted");
    }

    static URI uri(int port, Object interviewId, String query) {
        return URI.create("ws://localhost:" + port + "/ws/interviews/" + interviewId + query);
    }

    /** The handshake as the client saw it. */
    HandshakeInfo handshake() {
        return opened.asMono().block(TIMEOUT);
    }

    /** Sends a frame as JSON. */
    void send(Map<String, Object> frame) {
        sendText(JSON.writeValueAsString(frame));
    }

    /** Sends raw text. */
    void sendText(String text) {
        outgoing.tryEmitNext(new WebSocketMessageSpec(text, null));
    }

    /** Sends a binary frame. */
    void sendBinary(byte[] bytes) {
        outgoing.tryEmitNext(new WebSocketMessageSpec(null, bytes));
    }

    /** The next frame the server sent; fails after {@link #TIMEOUT}. */
    Map<String, Object> next() {
        try {
            Map<String, Object> frame = received.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(frame).as("a frame within %s", TIMEOUT).isNotNull();
            return frame;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    /** The next frame, which must have the type. */
    Map<String, Object> next(String type) {
        Map<String, Object> frame = next();
        assertThat(frame).as("frame %s", frame).containsEntry("type", type);
        return frame;
    }

    /** The frames up to and including the next one of the type, in the order received. */
    List<Map<String, Object>> until(String type) {
        List<Map<String, Object>> frames = new ArrayList<>();
        Map<String, Object> frame;
        do {
            frame = next();
            frames.add(frame);
        } while (!type.equals(frame.get("type")));
        return frames;
    }

    /** How the server closed the socket; fails if it stays open. */
    CloseStatus closeStatus() {
        return closed.asMono().block(TIMEOUT);
    }

    /** Frames received and not yet read. */
    List<Map<String, Object>> pending() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        outgoing.tryEmitComplete();
        connection.dispose();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> payload(Map<String, Object> frame) {
        return (Map<String, Object>) frame.get("payload");
    }

    private record WebSocketMessageSpec(String text, byte[] bytes) {
    }
}
