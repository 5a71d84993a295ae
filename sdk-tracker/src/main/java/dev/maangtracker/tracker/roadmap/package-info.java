/** The roadmap catalog: topics with their prerequisite graph, coding problems and system design concepts. */
package dev.maangtracker.tracker.roadmap;
