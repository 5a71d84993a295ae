package dev.maangtracker.tracker.archfixture;

import dev.maangtracker.rag.archfixture.internal.RagInternals;

/** Fixture: sdk-tracker reaching into sdk-rag's internal package (and into sdk-rag at all). */
public class TrackerUsingRagInternals {
    public String peek() {
        return new RagInternals().secret();
    }
}
