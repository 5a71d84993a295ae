package dev.maangtracker.rag.write;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into chunks the embedding model reads whole: all-MiniLM-L6-v2 truncates at 128
 * tokens, about 90 English words. Sentences are kept together; a sentence longer than a chunk is cut
 * into word windows that overlap, so no phrase is split without context.
 */
final class Chunker {

    /** Words per chunk: 128 model tokens hold about 90 words of ordinary English. */
    static final int MAX_WORDS = 90;
    /** Words repeated at the start of the next window when a single sentence is cut. */
    static final int OVERLAP_WORDS = 15;

    private Chunker() {
    }

    static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String sentence : text.strip().split("(?<=[.!?])\\s+|\\n+")) {
            List<String> words = words(sentence);
            if (words.isEmpty()) {
                continue;
            }
            if (words.size() > MAX_WORDS) {
                flush(chunks, current);
                for (int start = 0; start < words.size(); start += MAX_WORDS - OVERLAP_WORDS) {
                    chunks.add(String.join(" ", words.subList(start, Math.min(words.size(), start + MAX_WORDS))));
                    if (start + MAX_WORDS >= words.size()) {
                        break;
                    }
                }
                continue;
            }
            if (current.size() + words.size() > MAX_WORDS) {
                flush(chunks, current);
            }
            current.addAll(words);
        }
        flush(chunks, current);
        return chunks;
    }

    private static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        for (String word : sentence.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static void flush(List<String> chunks, List<String> current) {
        if (!current.isEmpty()) {
            chunks.add(String.join(" ", current));
            current.clear();
        }
    }
}
