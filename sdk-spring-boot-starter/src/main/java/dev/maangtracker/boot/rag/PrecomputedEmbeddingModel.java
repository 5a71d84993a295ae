package dev.maangtracker.boot.rag;

import java.util.ArrayList;
import java.util.List;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.BatchingStrategy;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingOptions;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

/**
 * The Spring AI {@link EmbeddingModel} to build a {@code VectorStore} with when it backs a
 * {@link VectorStoreMemoryStore}. Memories arrive already embedded (the SDK embeds on its write
 * path), and a {@code VectorStore} only accepts text: this model hands the store back the vectors
 * the adapter put in each document's metadata, and decodes the query vectors the adapter sends as
 * query text. It computes nothing and rejects any other text, so a store wired to it cannot embed
 * with a different model by accident.
 */
public final class PrecomputedEmbeddingModel implements EmbeddingModel {

    /** The metadata key holding a document's vector. */
    static final String EMBEDDING_KEY = "embedding";
    /** Prefix of the query text that carries a query vector. */
    static final String QUERY_PREFIX = "maang-precomputed-vector:";

    private final int dimensions;

    /** @param dimensions the length of every vector this model hands out */
    public PrecomputedEmbeddingModel(int dimensions) {
        this.dimensions = dimensions;
    }

    /** The query text that makes this model return {@code vector}. */
    static String queryText(float[] vector) {
        return QUERY_PREFIX + VectorCodec.encode(vector);
    }

    @Override
    public EmbeddingResponse call(EmbeddingRequest request) {
        List<Embedding> results = new ArrayList<>();
        List<String> texts = request.getInstructions();
        for (int i = 0; i < texts.size(); i++) {
            results.add(new Embedding(embed(texts.get(i)), i));
        }
        return new EmbeddingResponse(results);
    }

    @Override
    public float[] embed(String text) {
        if (text == null || !text.startsWith(QUERY_PREFIX)) {
            throw new IllegalArgumentException("PrecomputedEmbeddingModel only returns vectors VectorStoreMemoryStore "
                    + "attached; it cannot embed free text");
        }
        return checked(VectorCodec.decode(text.substring(QUERY_PREFIX.length())));
    }

    @Override
    public float[] embed(Document document) {
        Object encoded = document.getMetadata().get(EMBEDDING_KEY);
        if (!(encoded instanceof String text)) {
            throw new IllegalArgumentException("document " + document.getId() + " carries no precomputed embedding");
        }
        return checked(VectorCodec.decode(text));
    }

    @Override
    public List<float[]> embed(List<Document> documents, EmbeddingOptions options, BatchingStrategy batchingStrategy) {
        return documents.stream().map(this::embed).toList();
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    private float[] checked(float[] vector) {
        if (vector.length != dimensions) {
            throw new IllegalArgumentException("vector has " + vector.length + " dimensions, expected " + dimensions);
        }
        return vector;
    }
}
