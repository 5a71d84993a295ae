/** Tests of the interview repositories: R2DBC against PostgreSQL and the cache decorator. */
package dev.maangtracker.boot.interview;
