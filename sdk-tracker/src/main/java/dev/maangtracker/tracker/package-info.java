/** The tracker: roadmap, progress, streaks, weaknesses and the spaced-repetition practice planner. */
package dev.maangtracker.tracker;
