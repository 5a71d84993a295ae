/** Integration tests of the Liquibase schema against a real PostgreSQL with pgvector. */
package dev.maangtracker.db;
