package dev.maangtracker.app.memory;

import java.util.List;

/**
 * What a note became: one memory per chunk, or an existing memory it repeated (merged, with more importance).
 *
 * @param memories the stored memories
 */
public record StoredMemories(List<MemoryView> memories) {
}
