package dev.maangtracker.boot.embedding;

import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.core.embedding.Vectors;
import dev.maangtracker.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Phaser;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.ai.embedding.EmbeddingModel;

/**
 * The SDK's {@link Embedder} over any Spring AI {@link EmbeddingModel}. Vectors are L2-normalised
 * (the local MiniLM model returns norms of 3.5–7), and many texts are embedded together, sorted by
 * length and grouped so little padding is computed, with several groups in flight. Blank texts get
 * zero vectors without a model call. Thread-safe if the model is.
 */
public final class SpringAiEmbedder implements Embedder {

    /**
     * Texts per model call unless the constructor is told otherwise, after sorting by length (a
     * batch is padded to its longest text).
     */
    public static final int DEFAULT_GROUP_SIZE = 8;

    /** Model calls in flight for one {@link #embedAll} unless the constructor is told otherwise. */
    public static final int DEFAULT_GROUPS_IN_FLIGHT = 2;

    private final EmbeddingModel model;
    private final int dimensions;
    private final int groupSize;
    private final int groupsInFlight;
    /** Helps callers with their groups; {@code null} with one group in flight. */
    private final ThreadPoolExecutor helpers;

    /**
     * With groups of {@value #DEFAULT_GROUP_SIZE} texts, {@value #DEFAULT_GROUPS_IN_FLIGHT} in flight.
     *
     * @param model      the embedding model
     * @param dimensions the model's vector length (384 for all-MiniLM-L6-v2)
     */
    public SpringAiEmbedder(EmbeddingModel model, int dimensions) {
        this(model, dimensions, DEFAULT_GROUP_SIZE, DEFAULT_GROUPS_IN_FLIGHT);
    }

    /**
     * @param model          the embedding model
     * @param dimensions     the model's vector length (384 for all-MiniLM-L6-v2)
     * @param groupSize      most texts per model call ({@link LocalMiniLm#embedder()} says why it uses 4)
     * @param groupsInFlight model calls one {@link #embedAll} runs at once: one per core for a local
     *                       model whose calls are single-threaded
     * @throws InvalidInputException when a number is below 1
     */
    public SpringAiEmbedder(EmbeddingModel model, int dimensions, int groupSize, int groupsInFlight) {
        this.model = Objects.requireNonNull(model, "model");
        if (dimensions < 1) {
            throw InvalidInputException.outOfRange("dimensions", dimensions, 1, Integer.MAX_VALUE);
        }
        if (groupSize < 1) {
            throw InvalidInputException.outOfRange("groupSize", groupSize, 1, Integer.MAX_VALUE);
        }
        if (groupsInFlight < 1) {
            throw InvalidInputException.outOfRange("groupsInFlight", groupsInFlight, 1, Integer.MAX_VALUE);
        }
        this.dimensions = dimensions;
        this.groupSize = groupSize;
        this.groupsInFlight = groupsInFlight;
        this.helpers = groupsInFlight == 1 ? null : helperPool(groupsInFlight - 1);
    }

    /** Daemon threads that time out when idle, so an embedder nobody closes leaves nothing running. */
    private static ThreadPoolExecutor helperPool(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "maang-embed-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            return new float[dimensions];
        }
        return checked(model.embed(text));
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) != null && !texts.get(i).isBlank()) {
                order.add(i);
            }
        }
        // A batch is padded to its longest text: texts of similar length embedded together waste less.
        order.sort(Comparator.comparingInt(i -> texts.get(i).length()));
        // Longest group first: the short ones fill in at the end, so the calls in flight finish
        // together instead of one core waiting for the longest group.
        List<List<Integer>> groups = new ArrayList<>();
        for (int end = order.size(); end > 0; end -= groupSize) {
            groups.add(order.subList(Math.max(0, end - groupSize), end));
        }
        float[][] vectors = new float[texts.size()][];
        if (groups.size() == 1 || helpers == null) {
            for (List<Integer> group : groups) {
                embedGroup(texts, group, vectors);
            }
        } else {
            embedInParallel(texts, groups, vectors);
        }
        List<float[]> result = new ArrayList<>(texts.size());
        for (float[] vector : vectors) {
            result.add(vector == null ? new float[dimensions] : vector);
        }
        return result;
    }

    /**
     * Groups in flight keep every core busy: with the local MiniLM each call runs on one thread, and while one group
     * runs the model another is tokenised or pooled in Java. The calling thread embeds groups itself and at most
     * {@code groupsInFlight - 1} tasks on this embedder's own threads help it. Those tasks never wait for anything,
     * and one that starts after the caller ran out of groups does nothing, so a burst of callers
     * cannot starve each other: submitting to a shared pool such as Reactor's bounded-elastic one and blocking
     * for the result deadlocked the app under load, once every thread of that pool was a blocked caller.
     */
    private void embedInParallel(List<String> texts, List<List<Integer>> groups, float[][] vectors) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int g = next.getAndIncrement(); g < groups.size(); g = next.getAndIncrement()) {
                    embedGroup(texts, groups.get(g), vectors);
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                next.set(groups.size());
            }
        };
        // The caller is one party; a helper joins only if it starts before the caller has finished, and the
        // caller then waits for it. A helper that starts later finds the phaser terminated and does nothing.
        Phaser working = new Phaser(1);
        for (int i = 1; i < Math.min(groupsInFlight, groups.size()); i++) {
            helpers.execute(() -> {
                if (working.register() < 0) {
                    return;
                }
                try {
                    worker.run();
                } finally {
                    working.arriveAndDeregister();
                }
            });
        }
        worker.run();
        working.awaitAdvance(working.arriveAndDeregister());
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Embeds one group into its slots of {@code vectors}; groups write disjoint slots. */
    private void embedGroup(List<String> texts, List<Integer> group, float[][] vectors) {
        List<float[]> embedded = model.embed(group.stream().map(texts::get).toList());
        for (int j = 0; j < group.size(); j++) {
            vectors[group.get(j)] = checked(embedded.get(j));
        }
    }

    private float[] checked(float[] vector) {
        if (vector.length != dimensions) {
            throw InvalidInputException.of("embedding", "the model returned " + vector.length
                    + " dimensions, " + dimensions + " were configured");
        }
        return Vectors.normalize(vector.clone());
    }
}
