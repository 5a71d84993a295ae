/** The practice planner: next item and daily plans mixing new problems, weakness work and FSRS reviews. */
package dev.maangtracker.tracker.planner;
