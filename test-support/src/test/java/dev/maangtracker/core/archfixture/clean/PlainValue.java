package dev.maangtracker.core.archfixture.clean;

/** Fixture: an SDK class that obeys every rule. */
public record PlainValue(String name) {
}
