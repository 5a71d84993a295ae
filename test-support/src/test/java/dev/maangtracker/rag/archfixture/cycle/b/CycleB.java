package dev.maangtracker.rag.archfixture.cycle.b;

import dev.maangtracker.rag.archfixture.cycle.a.CycleA;

/** Fixture: the other half of a package cycle. */
public class CycleB {
    CycleA partner;
}
