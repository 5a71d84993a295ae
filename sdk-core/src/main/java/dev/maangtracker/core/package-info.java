/** Maang Tracker SDK core: domain model, ports, interview engine, analytics, question bank and code judge. */
package dev.maangtracker.core;
