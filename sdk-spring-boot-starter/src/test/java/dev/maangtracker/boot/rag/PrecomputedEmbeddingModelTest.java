package dev.maangtracker.boot.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.MessageType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.EmbeddingRequest;

class PrecomputedEmbeddingModelTest {

    private final PrecomputedEmbeddingModel model = new PrecomputedEmbeddingModel(3);
    private final float[] vector = {0.6f, -0.8f, Float.MIN_VALUE};

    @Test
    void handsBackQueryAndDocumentVectorsExactly() {
        assertThat(model.embed(PrecomputedEmbeddingModel.queryText(vector))).containsExactly(vector);
        assertThat(model.call(new EmbeddingRequest(List.of(PrecomputedEmbeddingModel.queryText(vector)), null))
                .getResult().getOutput()).containsExactly(vector);
        Memory memory = new Memory(UUID.randomUUID(), UUID.randomUUID(), null, null, "text", vector, null,
                MessageType.NOTE, List.of("k"), 2, 0.7, Instant.parse("2026-01-02T03:04:05.123456789Z"), null);
        Document document = MemoryDocuments.toDocument(memory);
        assertThat(model.embed(document)).containsExactly(vector);
        assertThat(MemoryDocuments.toMemory(document)).isEqualTo(memory);
    }

    @Test
    void refusesFreeTextAndOtherDimensions() {
        assertThatThrownBy(() -> model.embed("what did I say about heaps?")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> model.embed(PrecomputedEmbeddingModel.queryText(new float[] {1, 0})))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> model.embed(new Document("no vector"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(model.dimensions()).isEqualTo(3);
    }
}
