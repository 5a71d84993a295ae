package dev.maangtracker.boot.ratelimit;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;

/**
 * The size and refill of a family of buckets, e.g. "login: 5 attempts per 15 minutes".
 *
 * @param name     identifies the family; part of the storage key, so two policies never share a bucket
 *                 (lower-case letters, digits, '-' and '.', at most 40 characters)
 * @param capacity tokens in a full bucket, 1..1,000,000
 * @param period   time to refill the whole bucket, from 1 ms to 1 day; tokens come back continuously
 */
public record RateLimitPolicy(String name, long capacity, Duration period) {

    /** Largest bucket. */
    public static final long MAX_CAPACITY = 1_000_000;

    /** Longest refill period. */
    public static final Duration MAX_PERIOD = Duration.ofDays(1);

    /** Longest key accepted by {@link RateLimiter#tryConsume}. */
    public static final int MAX_KEY_LENGTH = 512;

    /** Validates the fields. */
    public RateLimitPolicy {
        if (name == null || !name.matches("[a-z0-9.-]{1,40}")) {
            throw InvalidInputException.of("name", "must be 1 to 40 lower-case letters, digits, '-' or '.'");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw InvalidInputException.outOfRange("capacity", capacity, 1, MAX_CAPACITY);
        }
        if (period == null || period.toMillis() < 1 || period.compareTo(MAX_PERIOD) > 0) {
            throw InvalidInputException.of("period", "must be between 1 ms and 1 day");
        }
    }

    /** Checks a key against {@link #MAX_KEY_LENGTH}; returns it. */
    static String checkKey(String key) {
        if (key == null || key.isBlank()) {
            throw InvalidInputException.required("key");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw InvalidInputException.tooLong("key", key.length(), MAX_KEY_LENGTH);
        }
        return key;
    }
}
