package dev.maangtracker.boot.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Reproducible interview-history sentences of varied length, for the benchmarks. */
final class BenchmarkTexts {

    private static final String[] SUBJECTS = {"I", "My team", "The candidate", "We", "Our on-call engineer"};
    private static final String[] VERBS = {"used", "replaced", "profiled", "sharded", "cached", "explained", "debugged"};
    private static final String[] OBJECTS = {"a binary heap for Dijkstra", "the Redis cache in front of the catalogue",
            "a sliding window over the event stream", "the PostgreSQL index on user_id", "a trie for autocomplete",
            "the rate limiter at the gateway", "two pointers from both ends", "a consistent-hashing ring",
            "the retry policy of the payment client", "a union-find for connected components"};
    private static final String[] TAILS = {"", " because latency doubled at peak", " after the manager asked for a plan",
            " and wrote down the trade-offs for the review, including what we would monitor and when we would roll back",
            " during the system design round", " while the interviewer pushed on memory use and worst-case complexity",
            " to cut p95 from 300 ms to 40 ms over two sprints, measuring each change against last week's traffic"};

    private BenchmarkTexts() {
    }

    /** {@code count} sentences, the same on every run. */
    static List<String> interviewSentences(int count) {
        Random random = new Random(42);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + VERBS[random.nextInt(VERBS.length)] + " "
                    + OBJECTS[random.nextInt(OBJECTS.length)] + TAILS[random.nextInt(TAILS.length)] + " (note " + i + ").");
        }
        return texts;
    }
}
