package dev.maangtracker.boot.benchmark;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.maangtracker.boot.embedding.LocalMiniLm;
import dev.maangtracker.boot.embedding.SpringAiEmbedder;
import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.core.embedding.Vectors;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Embeddings per second, single and batched (32), of our {@link SpringAiEmbedder} over
 * {@link LocalMiniLm} (as the starter builds it: {@link LocalMiniLm#embedder()}) side by side in one
 * run with langchain4j's in-process {@code AllMiniLmL6V2EmbeddingModel}, and whether their vectors
 * match (cosine after normalisation). Rounds alternate between the two so a busy machine slows both
 * alike; the last lines give the median ours/peer ratios, by wall clock and by process CPU per text.
 * Not a test: run (the argument is the number of measured rounds)
 *
 * <pre>./mvnw -q -pl sdk-spring-boot-starter -am install -DskipTests
 * ./mvnw -q -pl sdk-spring-boot-starter test-compile
 * DJL_OFFLINE=true nice -n -15 ./mvnw -q -pl sdk-spring-boot-starter exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.maangtracker.boot.benchmark.EmbeddingBenchmark -Dexec.args=7</pre>
 */
public final class EmbeddingBenchmark {

    private static final int BATCH = 32;
    private static final int DEFAULT_ROUNDS = 5;

    private EmbeddingBenchmark() {
    }

    /** Runs the benchmark; the optional argument is the number of measured rounds (default 5). */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROUNDS;
        List<String> texts = BenchmarkTexts.interviewSentences(320);
        Embedder ours = LocalMiniLm.embedder();
        AllMiniLmL6V2EmbeddingModel peer = new AllMiniLmL6V2EmbeddingModel();
        Function<List<String>, List<float[]>> peerAll = batch -> peer.embedAll(batch.stream().map(TextSegment::from).toList())
                .content().stream().map(Embedding::vector).toList();

        System.out.printf(Locale.ROOT, "%d texts, %d available processors, load average %.2f%n", texts.size(),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        checkVectorsMatch(texts, ours.embedAll(texts), peerAll.apply(texts));
        measure("warm-up", texts.subList(0, 64), ours, peerAll, peer);
        List<double[]> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            ratios.add(measure("round " + round, texts, ours, peerAll, peer));
        }
        // Rounds swing with whatever else the machine runs; the median ratio of rounds that
        // alternate between the two models is the comparison to quote (> 1: ours is faster).
        System.out.printf(Locale.ROOT, "median over %d rounds: single  ours/peer %.2fx (wall), %.2fx (CPU per text)%n",
                rounds, median(ratios, 0), median(ratios, 1));
        System.out.printf(Locale.ROOT, "median over %d rounds: batched ours/peer %.2fx (wall), %.2fx (CPU per text)%n",
                rounds, median(ratios, 2), median(ratios, 3));
        System.out.printf(Locale.ROOT, "load average at the end %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(row -> row[column]).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static void checkVectorsMatch(List<String> texts, List<float[]> ours, List<float[]> peer) {
        double min = 1;
        double sum = 0;
        for (int i = 0; i < texts.size(); i++) {
            double cosine = Vectors.cosine(Vectors.normalize(ours.get(i).clone()), Vectors.normalize(peer.get(i).clone()));
            min = Math.min(min, cosine);
            sum += cosine;
        }
        System.out.printf(Locale.ROOT, "vectors: cosine min %.6f, mean %.6f over %d texts -> %s%n", min,
                sum / texts.size(), texts.size(), min >= 0.999 ? "match (>= 0.999)" : "MISMATCH");
    }

    /** One round; returns the ratios ours/peer: {single wall, single CPU, batched wall, batched CPU}. */
    private static double[] measure(String label, List<String> texts, Embedder ours,
                                Function<List<String>, List<float[]>> peerAll, AllMiniLmL6V2EmbeddingModel peer) {
        Rate oursSingle = time(texts, t -> t.forEach(ours::embed));
        Rate peerSingle = time(texts, t -> t.forEach(s -> peer.embed(s)));
        Rate oursBatched = time(texts, t -> batches(t).forEach(ours::embedAll));
        Rate peerBatched = time(texts, t -> batches(t).forEach(peerAll::apply));
        double[] ratios = {oursSingle.perSecond() / peerSingle.perSecond(),
                peerSingle.cpuMsPerText() / oursSingle.cpuMsPerText(), oursBatched.perSecond() / peerBatched.perSecond(),
                peerBatched.cpuMsPerText() / oursBatched.cpuMsPerText()};
        System.out.printf(Locale.ROOT, "%-8s single: ours %s | peer %s   batched(%d): ours %s | peer %s   "
                        + "ours/peer single %.2fx/%.2fx, batched %.2fx/%.2fx (wall/CPU)%n", label, oursSingle, peerSingle,
                BATCH, oursBatched, peerBatched, ratios[0], ratios[1], ratios[2], ratios[3]);
        return ratios;
    }

    private static List<List<String>> batches(List<String> texts) {
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < texts.size(); i += BATCH) {
            batches.add(texts.subList(i, Math.min(texts.size(), i + BATCH)));
        }
        return batches;
    }

    /** Texts per wall-clock second and process CPU milliseconds per text. */
    record Rate(double perSecond, double cpuMsPerText) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%6.1f/s (%.1f ms CPU/text)", perSecond, cpuMsPerText);
        }
    }

    private static Rate time(List<String> texts, java.util.function.Consumer<List<String>> work) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        work.accept(texts);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
        return new Rate(texts.size() / seconds, cpuMs / texts.size());
    }
}
