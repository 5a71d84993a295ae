package dev.maangtracker.app;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The app with {@link StreamingTestModel} as its language model: the starter puts the LLM
 * interviewer in front of it (and the offline interviewer behind it), as it does for Gemini.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StreamingModelConfiguration {

    /** The model every interviewer step streams from; the only {@code LanguageModel} bean. */
    @Bean
    public StreamingTestModel streamingTestModel() {
        return new StreamingTestModel();
    }
}
