package dev.maangtracker.boot.model;

import com.google.auth.oauth2.GoogleCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * Service-account credentials with a fresh RSA key whose {@code token_uri} is the fake server, so
 * the client's OAuth token exchange goes there too and nothing reaches Google.
 */
final class FakeServiceAccount {

    static final String PROJECT = "demo-project";
    static final String LOCATION = "europe-west4";

    private FakeServiceAccount() {
    }

    static String json(String tokenUri) {
        String pem;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            // PEM lines joined by the two characters backslash-n, as they stand inside a JSON string.
            pem = "-----BEGIN PRIVATE KEY-----\\n"
                    + Base64.getEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                    + "\\n-----END PRIVATE KEY-----\\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return "{\"type\":\"service_account\",\"project_id\":\"" + PROJECT + "\",\"private_key_id\":\"fake-key-id\","
                + "\"private_key\":\"" + pem + "\",\"client_email\":\"interviewer@" + PROJECT
                + ".iam.gserviceaccount.com\",\"client_id\":\"1234567890\",\"token_uri\":\"" + tokenUri + "\"}";
    }

    static GoogleCredentials credentials(String tokenUri) throws IOException {
        return GoogleCredentials.fromStream(new ByteArrayInputStream(json(tokenUri).getBytes(StandardCharsets.UTF_8)))
                .createScoped(List.of("https://www.googleapis.com/auth/cloud-platform"));
    }
}
