/** Mock interview sessions: their lifecycle, turns, storage ports and the engine that drives them. */
package dev.maangtracker.core.interview;
