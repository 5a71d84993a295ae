/** The caller's practice: roadmap with progress, problem statuses and attempts, weaknesses, plan and due reviews. */
package dev.maangtracker.app.tracker;
