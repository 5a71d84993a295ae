/** The tracker in the starter: roadmap, progress, weaknesses, FSRS reviews and planner beans ({@code maang.tracker.*}), and their PostgreSQL storage over R2DBC. */
package dev.maangtracker.boot.tracker;
