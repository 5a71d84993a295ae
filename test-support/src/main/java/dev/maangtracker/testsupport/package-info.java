/** Helpers for the project's own tests: the real PostgreSQL and Redis they talk to, and the architecture rules. */
package dev.maangtracker.testsupport;
