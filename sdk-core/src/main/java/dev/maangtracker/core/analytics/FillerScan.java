package dev.maangtracker.core.analytics;

import java.util.List;

/**
 * What {@link FillerDetector} found: the public report plus where each filler sits among the
 * tokens, so other analysers can leave those words out or reuse the judgement.
 */
final class FillerScan {

    private final Fillers fillers;
    private final boolean[] fillerToken;
    private final int[] firstTokens;

    FillerScan(Fillers fillers, boolean[] fillerToken, List<Integer> firstTokens) {
        this.fillers = fillers;
        this.fillerToken = fillerToken.clone();
        this.firstTokens = firstTokens.stream().mapToInt(Integer::intValue).toArray();
    }

    Fillers fillers() {
        return fillers;
    }

    /** Whether the token at an index is part of a filler. */
    boolean isFiller(int tokenIndex) {
        return fillerToken[tokenIndex];
    }

    /** The index of the first token of the n-th occurrence. */
    int firstTokenOf(int occurrence) {
        return firstTokens[occurrence];
    }
}
