/** Reviewable items of every kind (problems, concepts, rubric dimensions, stories) and their FSRS schedule store. */
package dev.maangtracker.tracker.review;
