package dev.maangtracker.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.embedding.SpringAiEmbedder;
import dev.maangtracker.boot.judge.MaangJudgeAutoConfiguration;
import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.boot.startup.ComponentReport;
import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.core.judge.SandboxJudge;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.document.Document;

/** The embedded default exactly as shipped: local MiniLM embeddings and the sandbox judge. */
class ShippedDefaultsTest {

    @Test
    void embedsWithTheLocalMiniLmAndJudgesInTheSandbox() {
        MaangAutoConfigurations.shipped().run(context -> {
            Embedder embedder = context.getBean(Embedder.class);
            assertThat(embedder).isInstanceOf(SpringAiEmbedder.class);
            assertThat(embedder.dimensions()).isEqualTo(384);
            assertThat(context.getBean(MaangJudgeAutoConfiguration.BEAN)).isInstanceOf(SandboxJudge.class);
            assertThat(context.getBean(ComponentReport.class).choices()).contains(new ComponentChoice("embeddings",
                    "local all-MiniLM-L6-v2 (ONNX)", "no Spring AI EmbeddingModel bean"));
        });
    }

    @Test
    void usesTheApplicationsSpringAiEmbeddingModel() {
        MaangAutoConfigurations.shipped().withPropertyValues("maang.judge.enabled=false")
                .withBean(EmbeddingModel.class, ThreeDimensions::new).run(context -> {
                    Embedder embedder = context.getBean(Embedder.class);
                    assertThat(embedder.dimensions()).isEqualTo(3);
                    assertThat(embedder.embed("anything")).containsExactly(0.6f, 0.8f, 0f);
                    assertThat(context.getBean(ComponentReport.class).choices()).contains(new ComponentChoice(
                            "embeddings", "Spring AI ThreeDimensions", "EmbeddingModel bean, 3 dimensions"));
                });
    }

    /** A model that maps every text to (3, 4, 0). */
    static final class ThreeDimensions implements EmbeddingModel {
        @Override
        public EmbeddingResponse call(EmbeddingRequest request) {
            List<Embedding> embeddings = new java.util.ArrayList<>();
            for (int i = 0; i < request.getInstructions().size(); i++) {
                embeddings.add(new Embedding(new float[] {3, 4, 0}, i));
            }
            return new EmbeddingResponse(embeddings);
        }

        @Override
        public float[] embed(Document document) {
            return new float[] {3, 4, 0};
        }
    }
}
