package dev.maangtracker.core.analytics;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.Objects;

/**
 * First-person singular against plural references ("I", "my", "me" against "we", "our", "us").
 * Words inside fillers ("I mean", "you know what I mean") are not counted.
 *
 * @param singular      count of I, me, my, mine, myself and I'm/I've/I'd/I'll
 * @param plural        count of we, us, our, ours, ourselves and we're/we've/we'd/we'll
 * @param singularShare {@code singular / (singular + plural)}, 0 when both are 0
 * @param verdict       the reading of that share
 */
public record Ownership(int singular, int plural, double singularShare, OwnershipVerdict verdict) {

    /** Checks the ranges. */
    public Ownership {
        Objects.requireNonNull(verdict, "verdict");
        if (singular < 0 || plural < 0 || !(singularShare >= 0 && singularShare <= 1)) {
            throw InvalidInputException.of("ownership", "bad ownership " + singular + "/" + plural);
        }
    }
}
