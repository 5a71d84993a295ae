package dev.maangtracker.app.tracker;

import dev.maangtracker.tracker.progress.ProblemStatus;
import jakarta.validation.constraints.NotNull;

/**
 * Sets the caller's status on a problem.
 *
 * @param status TODO, ATTEMPTED, SOLVED or MASTERED
 */
public record StatusRequest(@NotNull ProblemStatus status) {
}
