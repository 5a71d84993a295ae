package dev.maangtracker.core.analytics;

import dev.maangtracker.core.analytics.internal.Token;
import dev.maangtracker.core.analytics.internal.TokenizedText;
import java.util.Set;

/**
 * Counts "I" against "we". The share of singular references decides the verdict: at least 0.6
 * {@link OwnershipVerdict#STRONG}, at least 0.3 {@link OwnershipVerdict#SHARED}, below that
 * {@link OwnershipVerdict#WEAK}; no reference at all is {@link OwnershipVerdict#NO_SIGNAL}. "US"
 * in capitals (the country) and words inside fillers are not counted. Stateless and thread-safe.
 */
final class OwnershipAnalyzer {

    static final double STRONG_SHARE = 0.6;
    static final double SHARED_SHARE = 0.3;

    private static final Set<String> SINGULAR = Set.of("i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll");
    private static final Set<String> PLURAL = Set.of("we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd",
            "we'll");

    Ownership analyze(TokenizedText t, FillerScan fillers) {
        int singular = 0;
        int plural = 0;
        for (int i = 0; i < t.size(); i++) {
            Token token = t.token(i);
            if (!token.isWord() || fillers.isFiller(i)) {
                continue;
            }
            if (SINGULAR.contains(token.norm())) {
                singular++;
            } else if (PLURAL.contains(token.norm()) && !token.text().equals("US")) {
                plural++;
            }
        }
        int total = singular + plural;
        double share = total == 0 ? 0 : (double) singular / total;
        OwnershipVerdict verdict;
        if (total == 0) {
            verdict = OwnershipVerdict.NO_SIGNAL;
        } else if (share >= STRONG_SHARE) {
            verdict = OwnershipVerdict.STRONG;
        } else if (share >= SHARED_SHARE) {
            verdict = OwnershipVerdict.SHARED;
        } else {
            verdict = OwnershipVerdict.WEAK;
        }
        return new Ownership(singular, plural, share, verdict);
    }
}
