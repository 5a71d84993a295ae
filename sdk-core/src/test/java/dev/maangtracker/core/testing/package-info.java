/** Helpers for tests of sdk-core and of the modules built on it (shipped in the test-jar). */
package dev.maangtracker.core.testing;
