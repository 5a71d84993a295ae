package dev.maangtracker.boot.embedding;

import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.boot.startup.ComponentChoices;
import dev.maangtracker.core.embedding.Embedder;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The SDK's {@link Embedder}: over the application's Spring AI {@link EmbeddingModel} when there is
 * exactly one, else the local all-MiniLM-L6-v2 ONNX model from the classpath, loaded and checked at
 * start-up so a model that cannot load fails start-up with the reason, and tuned for throughput
 * (single-threaded model calls, one in flight per core: {@link LocalMiniLm#embedder()}).
 */
@AutoConfiguration(afterName = {
        "dev.maangtracker.boot.storage.MaangStorageAutoConfiguration",
        "dev.maangtracker.boot.redis.MaangRedisAutoConfiguration",
        "dev.maangtracker.boot.model.MaangModelAutoConfiguration",
        "org.springframework.ai.model.transformers.autoconfigure.TransformersEmbeddingModelAutoConfiguration"})
public final class MaangEmbeddingAutoConfiguration {

    /** The component's name in the start-up table. */
    public static final String COMPONENT = "embeddings";

    /** The application's embedding model, else the local MiniLM. */
    @Bean
    @ConditionalOnMissingBean
    public Embedder maangEmbedder(ObjectProvider<EmbeddingModel> models) {
        EmbeddingModel model = models.getIfUnique();
        if (model == null) {
            return LocalMiniLm.embedder();
        }
        return new SpringAiEmbedder(model, model.dimensions());
    }

    /** Which embedder serves, for the start-up table. */
    @Bean
    public ComponentChoice maangEmbedderChoice(Embedder embedder, ObjectProvider<EmbeddingModel> models) {
        EmbeddingModel model = models.getIfUnique();
        if (model != null && embedder instanceof SpringAiEmbedder) {
            return new ComponentChoice(COMPONENT, "Spring AI " + model.getClass().getSimpleName(),
                    "EmbeddingModel bean, " + embedder.dimensions() + " dimensions");
        }
        return ComponentChoices.describe(COMPONENT, embedder, SpringAiEmbedder.class,
                "local all-MiniLM-L6-v2 (ONNX)", "no Spring AI EmbeddingModel bean");
    }
}
