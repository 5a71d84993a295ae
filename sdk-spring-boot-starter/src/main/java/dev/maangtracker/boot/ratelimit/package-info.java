/** Rate limiting of the starter: the limiter port, its policies and the in-process and Redis token buckets. */
package dev.maangtracker.boot.ratelimit;
