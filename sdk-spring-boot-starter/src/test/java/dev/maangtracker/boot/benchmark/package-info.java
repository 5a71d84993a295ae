/** Benchmark programs (run with exec:java, not by the test suite); figures go to docs/benchmarks.md. */
package dev.maangtracker.boot.benchmark;
