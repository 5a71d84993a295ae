package dev.maangtracker.rag.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.embedding.HashingEmbedder;
import dev.maangtracker.rag.retrieve.RetrievalOptions;
import dev.maangtracker.rag.store.InMemoryMemoryStore;
import org.junit.jupiter.api.Test;

/**
 * The quality suite on the SDK's offline defaults (in-memory store, hashing embedder). Hashing
 * vectors only see shared words, so paraphrases are the hard part; the starter runs the same suite
 * with all-MiniLM-L6-v2.
 */
class InMemoryQualityTest {

    @Test
    void retrievesTheUsersRelevantMemoriesAndNoOneElses() throws Exception {
        QualitySuite suite = QualitySuite.load();
        assertThat(suite.queries()).hasSizeGreaterThanOrEqualTo(40);
        QualitySuite.Result result = suite.run(new InMemoryMemoryStore(HashingEmbedder.DEFAULT_DIMENSIONS),
                new HashingEmbedder(), RetrievalOptions.builder().threshold(0.05).build());
        System.out.println(result.describe("in-memory, hashing embedder"));
        assertThat(result.leaks()).isZero();
        // Hashing shares words only: it must find memories worded like the query, not paraphrases.
        assertThat(result.literalRecall5()).isGreaterThan(0.5);
    }
}
