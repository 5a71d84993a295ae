package dev.maangtracker.rag.quality;

import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.core.embedding.Vectors;
import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.RetrievedMemory;
import dev.maangtracker.rag.cache.InProcessRetrievalCache;
import dev.maangtracker.rag.retrieve.MemoryRetriever;
import dev.maangtracker.rag.retrieve.RetrievalOptions;
import dev.maangtracker.rag.store.MemoryStore;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our own retrieval quality suite: interview-history memories of three users written for this
 * project and labelled queries, many of them paraphrases that share no key word with their
 * memories. Loads the memories into a store and measures recall@5 and nDCG@5; any result of another
 * user is counted as a leak. Shared by the in-memory test here and the starter's store tests.
 */
public final class QualitySuite {

    /** Classpath location of the data set. */
    public static final String DATA = "/dev/maangtracker/rag/quality/interview-memories.json";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** A labelled query. */
    public record Query(String id, String user, String text, Set<String> relevant, boolean paraphrase) {
    }

    /** Mean recall@5 and nDCG@5 over all queries and over the paraphrases, and leaks seen. */
    public record Result(double recall5, double ndcg5, double paraphraseRecall5, double literalRecall5, int queries,
                         int leaks) {

        /** One line for the test output. */
        public String describe(String store) {
            return String.format(Locale.ROOT, "quality suite [%s]: %d queries, recall@5 %.3f, nDCG@5 %.3f, paraphrase "
                    + "recall@5 %.3f, shared-word recall@5 %.3f, other users' memories returned: %d", store, queries,
                    recall5, ndcg5, paraphraseRecall5, literalRecall5, leaks);
        }
    }

    private final JsonNode root;
    private final Map<String, UUID> users = new HashMap<>();
    private final Map<Embedder, List<float[]>> embedded = new java.util.IdentityHashMap<>();

    private QualitySuite(JsonNode root) {
        this.root = root;
        root.path("users").forEach(user -> users.put(user.asString(), UUID.randomUUID()));
    }

    /** Loads the data set from the classpath. */
    public static QualitySuite load() throws IOException {
        try (InputStream in = QualitySuite.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IOException(DATA + " is missing from the test classpath");
            }
            return new QualitySuite(JsonMapper.builder().build().readTree(in));
        }
    }

    /** The labelled queries. */
    public List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        for (JsonNode node : root.path("queries")) {
            Set<String> relevant = new LinkedHashSet<>();
            node.path("relevant").forEach(id -> relevant.add(id.asString()));
            queries.add(new Query(node.path("id").asString(), node.path("user").asString(), node.path("text").asString(),
                    relevant, node.path("paraphrase").asBoolean()));
        }
        return queries;
    }

    /**
     * Stores every memory (embedded in one batch) and runs every query through a retriever with the
     * given options.
     */
    public Result run(MemoryStore store, Embedder embedder, RetrievalOptions options) {
        List<JsonNode> nodes = new ArrayList<>();
        root.path("memories").forEach(nodes::add);
        // Embedding is the slow part: done once per embedder, reused across runs with other options.
        List<float[]> vectors = embedded.computeIfAbsent(embedder,
                e -> e.embedAll(nodes.stream().map(n -> n.path("content").asString()).toList()));
        Map<UUID, String> labels = new HashMap<>();
        Instant latest = Instant.EPOCH;
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            Instant createdAt = Instant.parse(node.path("createdAt").asString());
            latest = createdAt.isAfter(latest) ? createdAt : latest;
            Memory memory = new Memory(UUID.randomUUID(), users.get(node.path("user").asString()), null, null,
                    node.path("content").asString(), Vectors.normalize(vectors.get(i)), node.path("topic").asString(null),
                    MessageType.valueOf(node.path("messageType").asString()), List.of(), 0, 0.5, createdAt, null);
            store.save(memory).block(TIMEOUT);
            labels.put(memory.id(), node.path("id").asString());
        }
        MemoryRetriever retriever = new MemoryRetriever(store, embedder, new InProcessRetrievalCache(),
                Clock.fixed(latest.plus(Duration.ofDays(1)), ZoneOffset.UTC), Schedulers.immediate());
        double recall = 0;
        double ndcg = 0;
        double paraphraseRecall = 0;
        int paraphrases = 0;
        double literalRecall = 0;
        int leaks = 0;
        List<Query> queries = queries();
        for (Query query : queries) {
            UUID user = users.get(query.user());
            List<RetrievedMemory> found = retriever.retrieve(user, query.text(), options).block(TIMEOUT);
            leaks += (int) found.stream().filter(r -> !r.memory().userId().equals(user)).count();
            List<String> ranked = found.stream().map(r -> labels.get(r.memory().id())).toList();
            double r = (double) ranked.stream().limit(5).filter(query.relevant()::contains).count() / query.relevant().size();
            recall += r;
            ndcg += ndcg(ranked, query.relevant(), 5);
            if (query.paraphrase()) {
                paraphraseRecall += r;
                paraphrases++;
            } else {
                literalRecall += r;
            }
        }
        return new Result(recall / queries.size(), ndcg / queries.size(),
                paraphrases == 0 ? 0 : paraphraseRecall / paraphrases,
                paraphrases == queries.size() ? 0 : literalRecall / (queries.size() - paraphrases), queries.size(), leaks);
    }

    static double ndcg(List<String> ranked, Set<String> relevant, int k) {
        double dcg = 0;
        double ideal = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / (Math.log(i + 2) / Math.log(2));
            }
        }
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1 / (Math.log(i + 2) / Math.log(2));
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }
}
