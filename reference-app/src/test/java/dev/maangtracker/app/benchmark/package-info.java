/** Benchmark programs of the API (run with exec:java, not by the test suite); figures go to docs/benchmarks.md. */
package dev.maangtracker.app.benchmark;
