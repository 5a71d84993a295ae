package dev.maangtracker.core.archfixture.upward;

import dev.maangtracker.rag.archfixture.RagService;

/** Fixture: sdk-core depending on sdk-rag, against the module graph. */
public class CoreUsingRag {
    public String call(RagService service) {
        return service.recall();
    }
}
