package dev.maangtracker.rag.archfixture.internal;

/** Fixture: an internal class of sdk-rag. */
public class RagInternals {
    public String secret() {
        return "internal";
    }
}
