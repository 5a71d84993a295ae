/** Language models for the interview engine: Spring AI chat models (Gemini by default) behind timeouts, retries, a circuit breaker and a bulkhead. */
package dev.maangtracker.boot.model;
