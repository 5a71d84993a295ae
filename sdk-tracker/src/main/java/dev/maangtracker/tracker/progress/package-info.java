/** Per-user progress: problem status, attempts, notes, topic and overall progress, difficulty statistics, streaks. */
package dev.maangtracker.tracker.progress;
