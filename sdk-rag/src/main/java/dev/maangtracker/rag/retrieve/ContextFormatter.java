package dev.maangtracker.rag.retrieve;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.rag.RetrievedMemory;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Formats retrieved memories as a prompt block within a token budget, each line with the memory's
 * id and date so the model can cite it ("[m:3f2a..., 2026-03-02]"). Memories that do not fit are
 * left out whole, never cut mid-sentence. Tokens are estimated at four characters each, the usual
 * rule of thumb for English with subword tokenizers.
 */
public final class ContextFormatter {

    /** Characters per estimated token. */
    static final int CHARS_PER_TOKEN = 4;
    /** Smallest budget accepted. */
    public static final int MIN_BUDGET_TOKENS = 16;

    private ContextFormatter() {
    }

    /**
     * The context block, or an empty string when nothing fits.
     *
     * @param memories     retrieved memories, best first
     * @param budgetTokens the most tokens the block may take
     */
    public static String format(List<RetrievedMemory> memories, int budgetTokens) {
        if (budgetTokens < MIN_BUDGET_TOKENS) {
            throw InvalidInputException.outOfRange("budgetTokens", budgetTokens, MIN_BUDGET_TOKENS, Integer.MAX_VALUE);
        }
        String header = "Relevant things the candidate said before (cite as [m:id]):\n";
        StringBuilder block = new StringBuilder(header);
        int budgetChars = budgetTokens * CHARS_PER_TOKEN;
        int added = 0;
        for (RetrievedMemory retrieved : memories) {
            String line = "- [m:" + retrieved.memory().id() + ", "
                    + retrieved.memory().createdAt().atOffset(ZoneOffset.UTC).toLocalDate() + "] "
                    + retrieved.memory().content().replace('\n', ' ') + "\n";
            if (block.length() + line.length() > budgetChars) {
                continue;
            }
            block.append(line);
            added++;
        }
        return added == 0 ? "" : block.toString();
    }
}
