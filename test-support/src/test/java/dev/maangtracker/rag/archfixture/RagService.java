package dev.maangtracker.rag.archfixture;

import dev.maangtracker.rag.archfixture.internal.RagInternals;

/** Fixture: a module using its own internal package, which is allowed. */
public class RagService {
    public String recall() {
        return new RagInternals().secret();
    }
}
