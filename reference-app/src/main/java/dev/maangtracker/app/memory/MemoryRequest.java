package dev.maangtracker.app.memory;

import dev.maangtracker.rag.write.NewMemory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A note to remember.
 *
 * @param content the text, 1 to 100,000 characters (long text is stored in chunks)
 * @param topic   an optional topic slug (lower-case letters, digits and dashes, at most 100)
 */
public record MemoryRequest(@NotBlank @Size(max = NewMemory.MAX_INPUT_CHARS) String content,
                            @Size(max = MemoryRequest.MAX_TOPIC) @Pattern(regexp = "[a-z0-9-]+") String topic) {

    /** Longest topic slug. */
    public static final int MAX_TOPIC = 100;
}
