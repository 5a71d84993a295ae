package dev.maangtracker.rag.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.MessageType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final float[] QUERY = {1, 0};
    private static final UUID USER = UUID.randomUUID();

    private static Ranking.Candidate candidate(String text, float[] vector, int denseRank, int lexicalRank) {
        Memory memory = new Memory(UUID.randomUUID(), USER, null, null, text, vector, null, MessageType.NOTE, List.of(),
                0, 0.5, Instant.parse("2026-11-01T00:00:00Z"), null);
        Ranking.Candidate c = new Ranking.Candidate(memory, QUERY);
        c.denseRank = denseRank;
        c.lexicalRank = lexicalRank;
        return c;
    }

    @Test
    void belowTheThresholdOnlyLexicalTopKAndMemoriesBothSearchesFoundPass() {
        float[] orthogonal = {0, 1};
        List<Ranking.Candidate> candidates = List.of(
                candidate("similar", new float[] {1, 0}, 1, 0),
                candidate("lexical top k", orthogonal, 0, 3),
                candidate("lexical beyond k", orthogonal, 0, 4),
                candidate("found by both", orthogonal, 7, 9),
                candidate("dense only, dissimilar", orthogonal, 2, 0));
        assertThat(Ranking.threshold(candidates, 0.3, 3)).extracting(c -> c.memory.content())
                .containsExactly("similar", "lexical top k", "found by both");
    }
}
