package dev.maangtracker.boot.model;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the properties name a way to reach Gemini: an API key, or Vertex AI. */
final class GeminiCredentialsCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        GeminiMode mode = GeminiMode.of(context.getEnvironment());
        return mode == GeminiMode.NONE
                ? ConditionOutcome.noMatch("neither spring.ai.google.genai.api-key nor Vertex AI is configured")
                : ConditionOutcome.match("Gemini credentials: " + mode);
    }
}
