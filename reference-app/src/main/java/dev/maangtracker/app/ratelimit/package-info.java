/** Per-user API limits and per-account and per-IP sign-in limits: 429 with {@code Retry-After}. */
package dev.maangtracker.app.ratelimit;
