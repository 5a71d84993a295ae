package dev.maangtracker.rag.retrieve;

/** How dense and lexical candidates are combined. */
public enum Fusion {
    /** Reciprocal-rank fusion: each list contributes {@code 1 / (60 + rank)}; ignores how far apart scores are. */
    RECIPROCAL_RANK,
    /**
     * Relative-score fusion: each list's scores are scaled to 0..1 within the candidates and mixed by
     * {@link RetrievalOptions#denseWeight()}; a weak lexical match adds little, a strong one a lot.
     */
    RELATIVE_SCORE
}
