package dev.maangtracker.boot.benchmark;

import dev.maangtracker.boot.embedding.LocalMiniLm;
import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.RetrievedMemory;
import dev.maangtracker.rag.ScoredMemory;
import dev.maangtracker.rag.cache.RetrievalCache;
import dev.maangtracker.rag.retrieve.Fusion;
import dev.maangtracker.rag.retrieve.MemoryRetriever;
import dev.maangtracker.rag.retrieve.RetrievalOptions;
import dev.maangtracker.rag.store.InMemoryMemoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turn-level retrieval quality on LoCoMo (Maharana et al., ACL 2024): each conversation becomes one
 * user's memories, one memory per turn; every answerable question (categories 1–4) with evidence
 * turns is a query. Prints recall@5, recall@10 and nDCG@10 per configuration. Not a test: run
 *
 * <pre>./mvnw -q -pl sdk-spring-boot-starter -am install -DskipTests
 * ./mvnw -q -pl sdk-spring-boot-starter exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.maangtracker.boot.benchmark.LocomoBenchmark -Dexec.args=../shared/benchmarks/locomo</pre>
 *
 * A second argument {@code dated} also measures memories whose text starts with the session date.
 *
 * When the folder is absent it says so and exits normally.
 */
public final class LocomoBenchmark {

    private static final DateTimeFormatter SESSION_TIME = DateTimeFormatter.ofPattern("h:mm a 'on' d MMMM, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    record Turn(String diaId, String speaker, String text, LocalDate date) {
    }

    record Question(String text, Set<String> evidence, int category) {
    }

    record Conversation(String name, List<Turn> turns, List<Question> questions) {
    }

    /** Mean metrics of one configuration. */
    static final class Metrics {
        double recall5;
        double recall10;
        double ndcg10;
        int n;

        void add(List<String> ranked, Set<String> relevant) {
            recall5 += recall(ranked, relevant, 5);
            recall10 += recall(ranked, relevant, 10);
            double dcg = 0;
            double ideal = 0;
            for (int i = 0; i < Math.min(10, ranked.size()); i++) {
                if (relevant.contains(ranked.get(i))) {
                    dcg += 1 / (Math.log(i + 2) / Math.log(2));
                }
            }
            for (int i = 0; i < Math.min(10, relevant.size()); i++) {
                ideal += 1 / (Math.log(i + 2) / Math.log(2));
            }
            ndcg10 += ideal == 0 ? 0 : dcg / ideal;
            n++;
        }

        private static double recall(List<String> ranked, Set<String> relevant, int k) {
            long hits = ranked.stream().limit(k).filter(relevant::contains).count();
            return (double) hits / relevant.size();
        }

        String row(String name) {
            return String.format(Locale.ROOT, "| %-66s | %6.3f | %6.3f | %6.3f |", name, recall5 / n, recall10 / n,
                    ndcg10 / n);
        }
    }

    private LocomoBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/benchmarks/locomo");
        if (!Files.isDirectory(folder)) {
            System.out.println("LoCoMo folder " + folder.toAbsolutePath() + " not found: benchmark skipped.");
            return;
        }
        boolean dated = args.length > 1 && args[1].equals("dated");
        List<Conversation> conversations = load(folder);
        long start = System.nanoTime();
        Embedder embedder = memoized(LocalMiniLm.embedder());
        Map<String, Metrics> results = new LinkedHashMap<>();
        int questions = 0;
        int excluded = 0;
        for (Conversation conversation : conversations) {
            for (boolean enriched : dated ? new boolean[] {false, true} : new boolean[] {false}) {
                InMemoryMemoryStore store = new InMemoryMemoryStore(LocalMiniLm.DIMENSIONS);
                UUID user = UUID.randomUUID();
                Map<UUID, String> diaIds = new HashMap<>();
                List<String> texts = conversation.turns().stream().map(t -> memoryText(t, enriched)).toList();
                List<float[]> vectors = new ArrayList<>();
                for (int i = 0; i < texts.size(); i += 64) {
                    vectors.addAll(embedder.embedAll(texts.subList(i, Math.min(texts.size(), i + 64))));
                }
                Instant last = Instant.EPOCH;
                for (int i = 0; i < texts.size(); i++) {
                    Turn turn = conversation.turns().get(i);
                    Instant at = turn.date().atStartOfDay().toInstant(ZoneOffset.UTC);
                    last = at.isAfter(last) ? at : last;
                    Memory memory = new Memory(UUID.randomUUID(), user, null, null, texts.get(i), vectors.get(i), null,
                            MessageType.NOTE, List.of(), 0, 0.5, at, null);
                    store.save(memory).block();
                    diaIds.put(memory.id(), turn.diaId());
                }
                Set<String> known = new java.util.HashSet<>(diaIds.values());
                MemoryRetriever retriever = new MemoryRetriever(store, embedder, noCache(),
                        Clock.fixed(last, ZoneOffset.UTC), Schedulers.immediate());
                String suffix = enriched ? " + date and speaker in text" : "";
                for (Question question : conversation.questions()) {
                    if (!known.containsAll(question.evidence())) {
                        excluded += enriched ? 0 : 1;
                        continue;
                    }
                    questions += enriched ? 0 : 1;
                    float[] query = embedder.embed(question.text());
                    BiFunction<List<ScoredMemory>, Integer, List<String>> ids = (list, k) ->
                            list.stream().limit(k).map(s -> diaIds.get(s.memory().id())).toList();
                    results.computeIfAbsent("dense only" + suffix, k -> new Metrics())
                            .add(ids.apply(store.denseSearch(user, query, 10).collectList().block(), 10), question.evidence());
                    results.computeIfAbsent("lexical only (BM25)" + suffix, k -> new Metrics())
                            .add(ids.apply(store.lexicalSearch(user, question.text(), 10).collectList().block(), 10),
                                    question.evidence());
                    configurations(enriched).forEach((name, options) -> results.computeIfAbsent(name + suffix,
                            k -> new Metrics()).add(retrieved(retriever, user, question.text(), options, diaIds),
                            question.evidence()));
                }
            }
        }
        System.out.printf(Locale.ROOT, "LoCoMo: %d conversations, %d answerable questions with evidence (categories 1-4),"
                + " %d excluded for evidence ids missing from the conversation; %.0f s%n", conversations.size(), questions,
                excluded, (System.nanoTime() - start) / 1e9);
        System.out.printf("| %-66s | R@5    | R@10   | nDCG@10 |%n", "configuration");
        System.out.printf("|%s|--------|--------|---------|%n", "-".repeat(68));
        results.forEach((name, metrics) -> System.out.println(metrics.row(name)));
    }

    /**
     * The fused configurations measured. "Plain" ones rank by fusion alone; the query-cue stages
     * (named-query dense share, named-period boost) are added one at a time, then the defaults users
     * get (threshold -1 so that recall is comparable across rows, and as shipped with threshold 0.3).
     */
    static Map<String, RetrievalOptions> configurations(boolean enriched) {
        RetrievalOptions plain = RetrievalOptions.builder().k(10).threshold(-1).mmr(false).recencyWeight(0)
                .accessWeight(0).namedDenseWeight(0.7).periodWeight(0).whenWeight(0).build();
        RetrievalOptions pipeline = plain.toBuilder().mmr(true).recencyWeight(0.1).build();
        Map<String, RetrievalOptions> configurations = new LinkedHashMap<>();
        configurations.put("reciprocal-rank fusion", plain.toBuilder().fusion(Fusion.RECIPROCAL_RANK).build());
        configurations.put("relative-score fusion, dense 0.7", plain);
        configurations.put("relative-score fusion, dense 0.4", plain.toBuilder().denseWeight(0.4).namedDenseWeight(0.4)
                .build());
        configurations.put("relative 0.7 + MMR + recency (previous defaults)", pipeline);
        if (!enriched) {
            configurations.put("relative 0.7, named-query dense 0.5", plain.toBuilder().namedDenseWeight(0.5).build());
            configurations.put("relative 0.7, period boost 0.5", plain.toBuilder().periodWeight(0.5).build());
            configurations.put("relative 0.7, named 0.5, period 0.5", plain.toBuilder().namedDenseWeight(0.5)
                    .periodWeight(0.5).build());
            configurations.put("relative 0.7, when 0.25", plain.toBuilder().whenWeight(0.25).build());
            configurations.put("+ MMR + recency, named 0.5", pipeline.toBuilder().namedDenseWeight(0.5).build());
            configurations.put("+ MMR + recency, named 0.5, period 0.25", pipeline.toBuilder().namedDenseWeight(0.5)
                    .periodWeight(0.25).build());
            configurations.put("+ MMR + recency, named 0.5, period 0.5", pipeline.toBuilder().namedDenseWeight(0.5)
                    .periodWeight(0.5).build());
            configurations.put("+ MMR + recency, named 0.5, period 1.0", pipeline.toBuilder().namedDenseWeight(0.5)
                    .periodWeight(1.0).build());
            configurations.put("+ MMR + recency, named 0.5, period 0.5, when 0.5", pipeline.toBuilder()
                    .namedDenseWeight(0.5).periodWeight(0.5).whenWeight(0.5).build());
        }
        configurations.put("defaults (threshold -1)", RetrievalOptions.builder().k(10).threshold(-1).accessWeight(0)
                .build());
        configurations.put("defaults as shipped (threshold 0.3)", RetrievalOptions.builder().k(10).accessWeight(0)
                .build());
        return configurations;
    }

    private static List<String> retrieved(MemoryRetriever retriever, UUID user, String query, RetrievalOptions options,
                                          Map<UUID, String> diaIds) {
        List<RetrievedMemory> found = retriever.retrieve(user, query, options).block();
        return found.stream().map(r -> diaIds.get(r.memory().id())).toList();
    }

    /** What one memory holds: the turn, and with {@code enriched} its date and speaker as words a query may use. */
    static String memoryText(Turn turn, boolean enriched) {
        String text = turn.speaker() + ": " + turn.text();
        return enriched ? "[" + DAY.format(turn.date()) + "] " + text : text;
    }

    /** Embeds each distinct text once: every configuration asks for the same query vectors. */
    private static Embedder memoized(Embedder delegate) {
        Map<String, float[]> cache = new HashMap<>();
        return new Embedder() {
            @Override
            public int dimensions() {
                return delegate.dimensions();
            }

            @Override
            public float[] embed(String text) {
                return cache.computeIfAbsent(text, delegate::embed).clone();
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                return delegate.embedAll(texts);
            }
        };
    }

    static RetrievalCache noCache() {
        return new RetrievalCache() {
            @Override
            public Mono<List<RetrievedMemory>> get(UUID userId, String requestKey) {
                return Mono.empty();
            }

            @Override
            public Mono<Void> put(UUID userId, String requestKey, List<RetrievedMemory> results) {
                return Mono.empty();
            }

            @Override
            public Mono<Void> invalidate(UUID userId) {
                return Mono.empty();
            }

            @Override
            public Mono<Void> removeUser(UUID userId) {
                return Mono.empty();
            }
        };
    }

    static List<Conversation> load(Path folder) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Conversation> conversations = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = json.readTree(file.toFile());
                List<Turn> turns = new ArrayList<>();
                for (int session = 1; root.has("session_" + session); session++) {
                    LocalDate date = LocalDate.parse(root.path("session_" + session + "_date_time").asString()
                            .replace("am", "AM").replace("pm", "PM"), SESSION_TIME);
                    for (JsonNode turn : root.path("session_" + session)) {
                        String text = turn.path("text").asString();
                        if (turn.has("blip_caption")) {
                            text += " (shares a photo: " + turn.path("blip_caption").asString() + ")";
                        }
                        turns.add(new Turn(turn.path("dia_id").asString(), turn.path("speaker").asString(), text, date));
                    }
                }
                List<Question> questions = new ArrayList<>();
                for (JsonNode qa : root.path("qa")) {
                    int category = qa.path("category").asInt();
                    Set<String> evidence = new java.util.LinkedHashSet<>();
                    qa.path("evidence").forEach(e -> evidence.add(e.asString().strip()));
                    if (category >= 1 && category <= 4 && !evidence.isEmpty()) {
                        questions.add(new Question(qa.path("question").asString(), evidence, category));
                    }
                }
                conversations.add(new Conversation(file.getFileName().toString(), turns, questions));
            }
        }
        return conversations;
    }
}
