package dev.maangtracker.boot.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtSession;
import dev.maangtracker.core.embedding.Vectors;
import dev.maangtracker.core.error.InvalidStateException;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.ai.transformers.TransformersEmbeddingModel;
import org.springframework.core.io.DefaultResourceLoader;

/** The session swap works on the Spring AI version we build against and leaves the vectors alone. */
class SingleThreadedOrtSessionTest {

    private static final List<String> TEXTS = List.of("Design a rate limiter for a public API.",
            "I used a binary heap for Dijkstra during the system design round because latency doubled at peak.",
            "two pointers", "How did I order tasks that depend on each other?");

    @Test
    void replacesSpringAisSessionWithoutChangingItsVectors() throws Exception {
        TransformersEmbeddingModel model = springAiDefaults();
        List<float[]> before = model.embed(TEXTS);
        OrtSession springAisSession = session(model);

        boolean installed = SingleThreadedOrtSession.install(model,
                new DefaultResourceLoader().getResource(LocalMiniLm.MODEL).getContentAsByteArray());

        assertThat(installed).as("Spring AI still keeps its session in field '%s'", SingleThreadedOrtSession.SESSION_FIELD)
                .isTrue();
        assertThat(session(model)).isNotSameAs(springAisSession);
        List<float[]> after = model.embed(TEXTS);
        for (int i = 0; i < TEXTS.size(); i++) {
            assertThat(Vectors.cosine(Vectors.normalize(before.get(i).clone()), Vectors.normalize(after.get(i).clone())))
                    .as(TEXTS.get(i)).isGreaterThan(0.99999);
        }
    }

    @Test
    void refusesAModelThatHasNoSessionYet() {
        TransformersEmbeddingModel uninitialised = new TransformersEmbeddingModel();
        assertThatThrownBy(() -> SingleThreadedOrtSession.install(uninitialised, new byte[0]))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("not initialised");
    }

    private static TransformersEmbeddingModel springAiDefaults() throws Exception {
        TransformersEmbeddingModel model = new TransformersEmbeddingModel();
        model.setModelResource(LocalMiniLm.MODEL);
        model.setTokenizerResource(LocalMiniLm.TOKENIZER);
        model.setDisableCaching(true);
        model.afterPropertiesSet();
        return model;
    }

    private static OrtSession session(TransformersEmbeddingModel model) throws ReflectiveOperationException {
        Field field = TransformersEmbeddingModel.class.getDeclaredField(SingleThreadedOrtSession.SESSION_FIELD);
        field.setAccessible(true);
        return (OrtSession) field.get(model);
    }
}
