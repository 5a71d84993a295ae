package dev.maangtracker.app.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/** Where a handshake's token is read from, and what is refused. */
class WebSocketBearerTokenConverterTest {

    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";

    private final WebSocketBearerTokenConverter converter = new WebSocketBearerTokenConverter();

    @Test
    void readsTheTokenAfterTheBearerSubprotocol() {
        assertThat(token(MockServerHttpRequest.get("/ws/interviews/1")
                .header("Sec-WebSocket-Protocol", "bearer, " + TOKEN))).isEqualTo(TOKEN);
        assertThat(token(MockServerHttpRequest.get("/ws/interviews/1")
                .header("Sec-WebSocket-Protocol", "chat", "bearer," + TOKEN))).isEqualTo(TOKEN);
    }

    @Test
    void readsTheAuthorizationHeader() {
        assertThat(token(MockServerHttpRequest.get("/ws/interviews/1")
                .header("Authorization", "Bearer " + TOKEN))).isEqualTo(TOKEN);
    }

    @Test
    void ignoresTheQueryStringAndOtherSubprotocols() {
        assertThat(authentication(MockServerHttpRequest.get("/ws/interviews/1?access_token=" + TOKEN))).isNull();
        assertThat(authentication(MockServerHttpRequest.get("/ws/interviews/1")
                .header("Sec-WebSocket-Protocol", "chat, " + TOKEN))).isNull();
    }

    @Test
    void refusesBearerWithoutAToken() {
        assertThatThrownBy(() -> authentication(MockServerHttpRequest.get("/ws/interviews/1")
                .header("Sec-WebSocket-Protocol", "chat, bearer")))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .satisfies(e -> assertThat(((OAuth2AuthenticationException) e).getError().getErrorCode())
                        .isEqualTo("invalid_request"));
    }

    @Test
    void refusesATokenSentTwice() {
        assertThatThrownBy(() -> authentication(MockServerHttpRequest.get("/ws/interviews/1")
                .header("Authorization", "Bearer " + TOKEN)
                .header("Sec-WebSocket-Protocol", "bearer, " + TOKEN)))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    private String token(MockServerHttpRequest.BaseBuilder<?> request) {
        Authentication authentication = authentication(request);
        assertThat(authentication).isInstanceOf(BearerTokenAuthenticationToken.class);
        return ((BearerTokenAuthenticationToken) authentication).getToken();
    }

    private Authentication authentication(MockServerHttpRequest.BaseBuilder<?> request) {
        return converter.convert(MockServerWebExchange.from(request)).block(Duration.ofSeconds(5));
    }
}
