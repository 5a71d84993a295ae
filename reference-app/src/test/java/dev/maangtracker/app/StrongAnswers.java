package dev.maangtracker.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Strong answers for whole interviews over HTTP, one per interview type, shared by the embedded and full-mode
 * tests: typed answers for BEHAVIORAL, HR and SYSTEM_DESIGN, and for CODING an explanation with, on request, the
 * problem's correct Python solution shipped with sdk-core's tests.
 */
public final class StrongAnswers {

    public static final String STORY = "Um, last year I led the migration of our payment service to Kubernetes. "
            + "The situation was that deploys took two hours and failed every week. "
            + "My task was to cut the deploy time without any downtime. "
            + "I wrote the migration plan, I built a canary pipeline and I trained the team on it. "
            + "As a result the deploy time dropped from 120 minutes to 8 minutes and incidents fell by 60 percent.";
    public static final String MOTIVATION = "I want this role because it matches five years of building payment "
            + "APIs. I am motivated by ownership and measurable impact. I communicate progress every week with "
            + "short written updates, and I ask for feedback early. My salary expectation is in line with the "
            + "market for a senior engineer, and I am flexible about the package as a whole.";
    public static final String DESIGN = "First I clarify the requirements: users create short links and "
            + "redirects must be fast, with 99.9 percent availability. I estimate 100 million new links a month "
            + "and 10 billion redirects, so about 4000 reads per second. The API has POST /links returning a key "
            + "and GET /{key} answering a 301 redirect. The data model is a table keyed by the short key with the "
            + "long URL, owner and expiry, partitioned by key. The high-level design puts a load balancer in "
            + "front of stateless app servers, a key generation service, and a cache in front of the database. "
            + "To scale I shard the database by key hash, replicate for reads and cache hot keys in Redis. "
            + "The bottleneck is the database on cache misses and the key generator, so I pre-generate keys. "
            + "The trade-off is eventual consistency for analytics in exchange for lower latency.";
    public static final String EXPLANATION = "I scan the input once and keep what I need in a hash map, so "
            + "the time complexity is O(n) and the space complexity is O(n). Edge cases are empty input, a "
            + "single element, duplicates and negative numbers.";

    private StrongAnswers() {
    }

    /** The body of {@code POST /interviews/{id}/answer} for a question of the type. */
    public static Map<String, Object> body(String type, String questionId, boolean withCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("durationSeconds", 60);
        switch (type) {
            case "BEHAVIORAL":
                body.put("answer", STORY);
                break;
            case "HR":
                body.put("answer", MOTIVATION);
                break;
            case "SYSTEM_DESIGN":
                body.put("answer", DESIGN);
                break;
            default:
                body.put("answer", EXPLANATION);
                if (withCode) {
                    body.put("code", python("reference", questionId));
                    body.put("language", "python");
                }
        }
        return body;
    }

    /** A solution shipped with sdk-core's tests: {@code reference} (correct) or {@code wrong}. */
    public static String python(String kind, String problemId) {
        String resource = "/dev/maangtracker/core/judge/" + kind + "/" + problemId + ".py";
        try (InputStream in = StrongAnswers.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no solution " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
