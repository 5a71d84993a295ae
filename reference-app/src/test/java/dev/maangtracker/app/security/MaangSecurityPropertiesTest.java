package dev.maangtracker.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import dev.maangtracker.app.MaangReferenceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.util.unit.DataSize;

/** Start-up validation of {@code maang.security.*}. */
class MaangSecurityPropertiesTest {

    private static MaangSecurityProperties.Jwt jwt(String secret) {
        return new MaangSecurityProperties.Jwt(secret, "maang-tracker", "maang-tracker-api", Duration.ofMinutes(15));
    }

    @Test
    void refusesASecretShorterThan32Bytes() {
        assertThatThrownBy(() -> jwt("change-me"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maang.security.jwt.secret").hasMessageContaining("32 bytes")
                .hasMessageContaining("was 9");
    }

    @Test
    void acceptsA32ByteSecretAndNeverPrintsIt() {
        String secret = "0123456789abcdef0123456789abcdef";
        assertThat(jwt(secret).toString()).doesNotContain(secret).contains("<set>");
    }

    @Test
    void anEmptySecretMeansARandomKey() {
        MaangSecurityProperties.Jwt generated = jwt("");
        assertThat(generated.secret()).isNull();
        byte[] one = JwtSigningKey.from(generated, new SecureRandom()).secretKey().getEncoded();
        byte[] two = JwtSigningKey.from(generated, new SecureRandom()).secretKey().getEncoded();
        assertThat(one).hasSize(MaangSecurityProperties.MIN_SECRET_BYTES).isNotEqualTo(two);
    }

    @Test
    void theAppRefusesToStartWithThePlaceholderSecret() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(MaangReferenceApplication.class)
                .run("--server.port=0", "--maang.security.jwt.secret=change-me").close())
                .hasStackTraceContaining("maang.security.jwt.secret must be at least 32 bytes (was 9)");
    }

    @Test
    void refusesNonPositiveLifetimesAndSizes() {
        assertThatThrownBy(() -> new MaangSecurityProperties.Jwt(null, "i", "a", Duration.ZERO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("access-token-ttl");
        MaangSecurityProperties.Cors cors = new MaangSecurityProperties.Cors(List.of());
        assertThatThrownBy(() -> new MaangSecurityProperties(jwt(null), Duration.ofSeconds(-1), cors, DataSize.ofMegabytes(1), "p:"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("refresh-token-ttl");
        assertThatThrownBy(() -> new MaangSecurityProperties(jwt(null), Duration.ofDays(7), cors, DataSize.ofBytes(0), "p:"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("max-request-size");
    }
}
