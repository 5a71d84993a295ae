/**
 * Whole-application tests of the starter in full mode: real {@code SpringApplication} contexts on the real
 * PostgreSQL + pgvector and Redis, restarted, run side by side, stopped mid-job and cut off from their services.
 */
package dev.maangtracker.boot.system;
