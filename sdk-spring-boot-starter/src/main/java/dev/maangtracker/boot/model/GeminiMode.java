package dev.maangtracker.boot.model;

import org.springframework.core.env.Environment;

/** How Gemini is reached with the application's properties: the same rules as Spring AI's auto-configuration. */
enum GeminiMode {
    /** {@code vertex-ai=true}, or a project id and a location without an API key. */
    VERTEX_AI,
    /** A non-blank API key (and Vertex AI not forced). */
    API_KEY,
    /** Neither: no Gemini client can be built. */
    NONE;

    static GeminiMode of(Environment environment) {
        boolean apiKey = hasText(environment.getProperty(ModelCredentialsEnvironmentPostProcessor.API_KEY_PROPERTY));
        boolean vertex = Boolean.parseBoolean(
                environment.getProperty(ModelCredentialsEnvironmentPostProcessor.VERTEX_AI_PROPERTY, "false").strip());
        boolean project = hasText(environment.getProperty(ModelCredentialsEnvironmentPostProcessor.PROJECT_ID))
                && hasText(environment.getProperty(ModelCredentialsEnvironmentPostProcessor.LOCATION));
        if (vertex || (project && !apiKey)) {
            return VERTEX_AI;
        }
        return apiKey ? API_KEY : NONE;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
