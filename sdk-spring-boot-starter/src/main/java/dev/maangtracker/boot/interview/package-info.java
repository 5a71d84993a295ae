/**
 * The interview engine's auto-configuration ({@code maang.interview.*}, {@code maang.analytics.*}) and the
 * shared session-state cache port in front of the database.
 */
package dev.maangtracker.boot.interview;
