/** FSRS-6 spaced-repetition scheduling: parameters, card memory state, ratings and the scheduler. */
package dev.maangtracker.tracker.fsrs;
