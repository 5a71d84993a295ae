package dev.maangtracker.core.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** What a reply streams: exactly what {@link ModelReplies} keeps of it, however it is cut. */
class ReplyNarratorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] PIECES = {"Tell", " me", "  ", "\n", "\t", "about", " it", "?", "😀", " ", "é", ""};

    /** Collects what a narrator passes on. */
    private static final class Collected implements ModelTextSink {
        final List<ModelTextChunk> chunks = new ArrayList<>();

        @Override
        public void text(ModelTextChunk chunk) {
            chunks.add(chunk);
        }

        @Override
        public void discard(ModelStep step) {
            throw new AssertionError("a narrator never discards");
        }

        Map<String, String> byField() {
            Map<String, String> out = new LinkedHashMap<>();
            chunks.forEach(chunk -> out.merge(chunk.field(), chunk.text(), String::concat));
            return out;
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aPlainReplyStreamsItsStrippedText(long seed) {
        Random random = new Random(seed);
        StringBuilder reply = new StringBuilder();
        for (int i = random.nextInt(12); i >= 0; i--) {
            reply.append(PIECES[random.nextInt(PIECES.length)]);
        }
        Collected sink = new Collected();
        ReplyNarrator narrator = ReplyNarrator.plain(sink, ModelStep.HINT, TurnKind.HINT, "q1");

        cut(reply.toString(), random).forEach(narrator::feed);

        assertThat(sink.byField().getOrDefault(ReplyNarrator.TEXT, "")).isEqualTo(reply.toString().strip());
        assertThat(sink.chunks).allSatisfy(chunk -> {
            assertThat(chunk.step()).isEqualTo(ModelStep.HINT);
            assertThat(chunk.kind()).isEqualTo(TurnKind.HINT);
            assertThat(chunk.questionId()).isEqualTo("q1");
            assertThat(Character.isLowSurrogate(chunk.text().charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(chunk.text().charAt(chunk.text().length() - 1))).isFalse();
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aJsonListStreamsItsNonBlankItemsStrippedOnePerLine(long seed) {
        Random random = new Random(seed);
        List<String> items = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            StringBuilder item = new StringBuilder();
            for (int j = random.nextInt(6); j > 0; j--) {
                item.append(PIECES[random.nextInt(PIECES.length)]);
            }
            items.add(item.toString());
        }
        String followUp = random.nextBoolean() ? "  Why " + PIECES[random.nextInt(PIECES.length)] + " ?\n" : null;
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("followUp", followUp);
        reply.put("strengths", items);
        Collected sink = new Collected();
        ReplyNarrator narrator = ReplyNarrator.json(sink, ModelStep.EVALUATION, "q1",
                Map.of("strengths", TurnKind.FEEDBACK, "followUp", TurnKind.FOLLOW_UP));

        cut(JSON.writeValueAsString(reply), random).forEach(narrator::feed);

        String kept = items.stream().filter(item -> !item.isBlank()).map(String::strip).collect(Collectors.joining("\n"));
        assertThat(sink.byField().getOrDefault("strengths", "")).isEqualTo(kept);
        assertThat(sink.byField().getOrDefault("followUp", "")).isEqualTo(followUp == null ? "" : followUp.strip());
        assertThat(sink.chunks).allSatisfy(chunk -> assertThat(chunk.kind())
                .isEqualTo(chunk.field().equals("followUp") ? TurnKind.FOLLOW_UP : TurnKind.FEEDBACK));
    }

    @Test
    void holdsWhiteSpaceBackUntilTextFollowsIt() {
        Collected sink = new Collected();
        ReplyNarrator narrator = ReplyNarrator.plain(sink, ModelStep.QUESTION, TurnKind.QUESTION, "q1");

        narrator.feed("  \n");
        narrator.feed("Tell me ");
        narrator.feed(" \n");
        assertThat(sink.chunks).extracting(ModelTextChunk::text).containsExactly("Tell me");
        narrator.feed("more.\n");

        assertThat(sink.chunks).extracting(ModelTextChunk::text).containsExactly("Tell me", "  \nmore.");
    }

    private static List<String> cut(String text, Random random) {
        List<String> chunks = new ArrayList<>();
        for (int start = 0; start < text.length(); ) {
            int end = Math.min(text.length(), start + 1 + random.nextInt(5));
            chunks.add(text.substring(start, end));
            start = end;
        }
        return chunks;
    }
}
