package dev.maangtracker.app.live;

import dev.maangtracker.app.error.ProblemWriter;
import dev.maangtracker.core.interview.InterviewEngine;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.reactive.socket.server.upgrade.ReactorNettyRequestUpgradeStrategy;
import reactor.netty.http.server.WebsocketServerSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live interviews at {@value #PATH}: the handler, its URL mapping (ahead of the annotated
 * controllers) and the handshake that checks the interview's owner and caps frames at
 * {@value #MAX_FRAME_BYTES} bytes.
 */
@Configuration(proxyBeanMethods = false)
public class LiveInterviewConfiguration {

    /** Where a client connects; {@code id} is the interview's id. */
    public static final String PATH = "/ws/interviews/{id}";

    /**
     * Largest frame accepted (fragments aggregated): an answer's text and code at their limits
     * ({@code CandidateAnswer}) in UTF-8 fit; a larger frame closes the socket with 1009.
     */
    static final int MAX_FRAME_BYTES = 512 * 1024;

    /** The socket handler. */
    @Bean
    public InterviewSocketHandler interviewSocketHandler(InterviewEngine engine, JsonMapper json, Clock clock) {
        return new InterviewSocketHandler(engine, json, clock);
    }

    /** Maps {@value #PATH} to the handler, before the annotated controllers (order 0). */
    @Bean
    public HandlerMapping liveInterviewHandlerMapping(InterviewSocketHandler handler) {
        return new SimpleUrlHandlerMapping(Map.of(PATH, handler), -1);
    }

    /**
     * The handshake of every WebSocket of the app, with the owner check of {@link InterviewHandshakeService}.
     * Engine and problem writer are looked up on first use: the writer needs WebFlux's codecs, and
     * WebFlux's configuration asks this configurer for the service.
     */
    @Bean
    public WebFluxConfigurer liveInterviewWebSocketService(ObjectProvider<InterviewEngine> engine,
            ObjectProvider<ProblemWriter> problems) {
        return new WebFluxConfigurer() {
            @Override
            public WebSocketService getWebSocketService() {
                ReactorNettyRequestUpgradeStrategy upgrade = new ReactorNettyRequestUpgradeStrategy(
                        () -> WebsocketServerSpec.builder().maxFramePayloadLength(MAX_FRAME_BYTES));
                return new InterviewHandshakeService(new HandshakeWebSocketService(upgrade), engine, problems);
            }
        };
    }
}
