package dev.maangtracker.rag.archfixture.cycle.a;

import dev.maangtracker.rag.archfixture.cycle.b.CycleB;

/** Fixture: one half of a package cycle. */
public class CycleA {
    CycleB partner;
}
