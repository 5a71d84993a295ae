/**
 * Micrometer meters for the SDK's ports, added by decorating the beans (never by changing the SDK's
 * code paths): judge runs ({@link dev.maangtracker.boot.metrics.MeteredCodeJudge}), retrieval latency
 * ({@link dev.maangtracker.boot.metrics.RetrievalTimer}) and retrieval cache lookups
 * ({@link dev.maangtracker.boot.metrics.MeteredRetrievalCache}). Everything here is inert without a
 * {@link io.micrometer.core.instrument.MeterRegistry} bean.
 */
package dev.maangtracker.boot.metrics;
