package dev.maangtracker.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The incremental extractor: chosen members decoded as they arrive, whatever the chunking, and
 * malformed input ending the text quietly. The randomised tests write JSON with a serializer of
 * their own that escapes at random, check it with Jackson, and cut it at random places.
 */
class JsonTextExtractorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> CHOSEN = Set.of("question", "followUp", "strengths");

    /** What a listener was told: every call, and each member's (or item's) text joined. */
    private static final class Heard implements JsonTextExtractor.Listener {
        final List<String> calls = new ArrayList<>();
        final Map<String, StringBuilder> texts = new LinkedHashMap<>();

        @Override
        public void text(String field, int item, String text) {
            calls.add(text);
            texts.computeIfAbsent(field + "#" + item, key -> new StringBuilder()).append(text);
        }

        Map<String, String> joined() {
            Map<String, String> out = new LinkedHashMap<>();
            texts.forEach((key, text) -> out.put(key, text.toString()));
            return out;
        }
    }

    private static Heard feed(Set<String> fields, String... chunks) {
        Heard heard = new Heard();
        JsonTextExtractor extractor = new JsonTextExtractor(fields, heard);
        for (String chunk : chunks) {
            extractor.feed(chunk);
        }
        return heard;
    }

    private static JsonTextExtractor extractor(Heard heard, String... chunks) {
        JsonTextExtractor extractor = new JsonTextExtractor(CHOSEN, heard);
        for (String chunk : chunks) {
            extractor.feed(chunk);
        }
        return extractor;
    }

    // ---------------------------------------------------------------- examples

    @Test
    void passesOnTheChosenStringsInAnyOrderAsTheyArrive() {
        Heard heard = new Heard();
        JsonTextExtractor extractor = new JsonTextExtractor(CHOSEN, heard);
        extractor.feed("{\"overallScore\": 80, \"follow");
        assertThat(heard.calls).isEmpty();
        extractor.feed("Up\": \"Why did you");
        assertThat(heard.joined()).containsExactly(Map.entry("followUp#0", "Why did you"));
        extractor.feed(" pick it?\", \"question\": \"Tell me\"}");

        assertThat(heard.joined()).containsExactly(Map.entry("followUp#0", "Why did you pick it?"),
                Map.entry("question#0", "Tell me"));
        assertThat(heard.calls).containsExactly("Why did you", " pick it?", "Tell me");
        assertThat(extractor.completed()).isTrue();
        assertThat(extractor.failed()).isFalse();
    }

    @Test
    void passesOnTheStringItemsOfAChosenArrayWithTheirIndex() {
        Heard heard = feed(CHOSEN, "{\"strengths\": [\"clear\", 4, {\"strengths\": \"no\"}, [\"no\"], null, \"calm\"]}");

        assertThat(heard.joined()).containsExactly(Map.entry("strengths#0", "clear"), Map.entry("strengths#5", "calm"));
    }

    @Test
    void ignoresMembersOfTheSameNameInsideNestedValues() {
        Heard heard = feed(CHOSEN, "{\"dimensions\": [{\"question\": \"inner\", \"followUp\": [\"x\"]}],"
                + " \"meta\": {\"question\": \"deeper\"}, \"question\": \"outer\"}");

        assertThat(heard.joined()).containsExactly(Map.entry("question#0", "outer"));
    }

    @Test
    void decodesEveryEscape() {
        Heard heard = feed(CHOSEN, "{\"question\": \"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u0041\\u00e9\\u4e2d\"}");

        assertThat(heard.joined()).containsEntry("question#0", "q\" b\\ s/ \b\f\n\r\t Aé中");
    }

    @Test
    void decodesAnEscapeSplitAtEveryPosition() {
        String json = "{\"question\": \"a\\u00e9\\n\\ud83d\\ude00b\"}";
        for (int cut = 0; cut <= json.length(); cut++) {
            Heard heard = feed(CHOSEN, json.substring(0, cut), json.substring(cut));
            assertThat(heard.joined()).as("cut at %d", cut).containsExactly(Map.entry("question#0", "aé\n😀b"));
        }
    }

    @Test
    void neverSplitsASurrogatePairBetweenCalls() {
        String escaped = "{\"question\": \"x\\ud83d\\ude00y\"}";
        int between = escaped.indexOf("\\ude00");
        Heard fromEscapes = feed(CHOSEN, escaped.substring(0, between), escaped.substring(between));
        assertThat(fromEscapes.calls).containsExactly("x", "😀y");

        String raw = "{\"question\": \"x😀y\"}";
        int middle = raw.indexOf("😀") + 1;
        Heard fromRaw = feed(CHOSEN, raw.substring(0, middle), raw.substring(middle));
        assertThat(fromRaw.calls).containsExactly("x", "😀y");
    }

    @Test
    void passesOnALoneSurrogateAsTheReplacementCharacter() {
        assertThat(feed(CHOSEN, "{\"question\": \"a\\ud83db\\ude00c\"}").joined())
                .containsEntry("question#0", "a\uFFFDb\uFFFDc");
        // A high surrogate held at a chunk's end, then the string ends.
        assertThat(feed(CHOSEN, "{\"question\": \"a\\ud83d", "\"}").joined()).containsEntry("question#0", "a\uFFFD");
    }

    @Test
    void ignoresTextAroundTheObject() {
        Heard heard = feed(CHOSEN, "Sure! Here it is:\n```json\n{\"question\": \"Why?\"}\n```\n{\"question\": \"again\"}");

        assertThat(heard.joined()).containsExactly(Map.entry("question#0", "Why?"));
    }

    @Test
    void passesOnARepeatedMemberOnlyOnce() {
        Heard heard = feed(CHOSEN, "{\"question\": \"first\", \"strengths\": [\"a\"], \"question\": \"second\","
                + " \"strengths\": [\"b\"]}");

        assertThat(heard.joined()).containsExactly(Map.entry("question#0", "first"), Map.entry("strengths#0", "a"));
    }

    @Test
    void passesOnNothingForMembersThatAreNotText() {
        Heard heard = feed(CHOSEN, "{\"question\": null, \"followUp\": 3.5e-2, \"strengths\": {\"a\": \"b\"},"
                + " \"other\": \"x\", \"question\": \"\"}");

        assertThat(heard.calls).isEmpty();
    }

    @Test
    void doesNotChooseAMemberWhoseNameIsTooLong() {
        String name = "q".repeat(JsonTextExtractor.MAX_NAME_LENGTH + 1);
        Heard heard = feed(Set.of(name, name.substring(1)), "{\"" + name + "\": \"long\"}");

        assertThat(heard.calls).isEmpty();
    }

    @Test
    void aReplyCutOffMidwayKeepsWhatArrived() {
        Heard heard = new Heard();
        JsonTextExtractor extractor = extractor(heard, "{\"question\": \"Tell me ab");

        assertThat(heard.joined()).containsExactly(Map.entry("question#0", "Tell me ab"));
        assertThat(extractor.completed()).isFalse();
        assertThat(extractor.failed()).isFalse();
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("raw line break in a string", "{\"question\": \"Tell\nme\"}", "Tell"),
                Arguments.of("unknown escape", "{\"question\": \"Te\\xll\"}", "Te"),
                Arguments.of("bad hex digit", "{\"question\": \"a\\u00g9\"}", "a"),
                Arguments.of("missing colon", "{\"question\" \"text\"}", ""),
                Arguments.of("trailing comma", "{\"question\": \"ok\",}", "ok"),
                Arguments.of("bad literal", "{\"followUp\": nul, \"question\": \"x\"}", ""),
                Arguments.of("unquoted value", "{\"followUp\": maybe, \"question\": \"x\"}", ""),
                Arguments.of("array closed by a brace", "{\"strengths\": [\"a\"}, \"question\": \"x\"}", ""),
                Arguments.of("number followed by a letter", "{\"n\": 12x, \"question\": \"x\"}", ""),
                Arguments.of("unquoted name", "{question: \"x\"}", ""),
                Arguments.of("missing comma", "{\"question\": \"a\" \"followUp\": \"b\"}", "a"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void stopsAtMalformedInputWithoutThrowing(String why, String json, String questionText) {
        Heard heard = new Heard();
        JsonTextExtractor extractor = new JsonTextExtractor(CHOSEN, heard);

        assertThatCode(() -> extractor.feed(json)).doesNotThrowAnyException();
        extractor.feed(", \"followUp\": \"after the error\"}");

        assertThat(extractor.failed()).isTrue();
        assertThat(extractor.completed()).isFalse();
        assertThat(heard.joined().getOrDefault("question#0", "")).isEqualTo(questionText);
        assertThat(heard.joined()).doesNotContainKey("followUp#0");
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String deep = "{\"a\": " + "[".repeat(JsonTextExtractor.MAX_DEPTH) + "]".repeat(JsonTextExtractor.MAX_DEPTH)
                + ", \"question\": \"x\"}";
        Heard heard = new Heard();
        JsonTextExtractor extractor = extractor(heard, deep);

        assertThat(extractor.failed()).isTrue();
        assertThat(heard.calls).isEmpty();

        String allowed = "{\"a\": " + "[".repeat(JsonTextExtractor.MAX_DEPTH - 1)
                + "]".repeat(JsonTextExtractor.MAX_DEPTH - 1) + ", \"question\": \"x\"}";
        assertThat(feed(CHOSEN, allowed).joined()).containsEntry("question#0", "x");
    }

    @Test
    void ignoresNullAndEmptyChunks() {
        Heard heard = new Heard();
        JsonTextExtractor extractor = new JsonTextExtractor(CHOSEN, heard);
        extractor.feed(null);
        extractor.feed("");
        extractor.feed("{\"question\": \"a\"}");

        assertThat(heard.calls).containsExactly("a");
    }

    // ---------------------------------------------------------------- randomised

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void decodesARandomObjectCutAtRandomPlacesAsJacksonReadsIt(long seed) {
        Random random = new Random(seed);
        String json = new RandomJson(random).object();
        Map<String, String> expected = expected(json);
        List<String> chunks = cut(json, random);

        Heard heard = new Heard();
        JsonTextExtractor extractor = extractor(heard, chunks.toArray(String[]::new));

        assertThat(extractor.failed()).as("failed on %s", json).isFalse();
        assertThat(extractor.completed()).isTrue();
        assertThat(heard.joined()).as("text of %s cut into %s", json, chunks).isEqualTo(expected);
        for (String call : heard.calls) {
            assertThat(call).isNotEmpty();
            assertThat(Character.isLowSurrogate(call.charAt(0))).as("starts with half a pair: %s", call).isFalse();
            assertThat(Character.isHighSurrogate(call.charAt(call.length() - 1))).as("ends with half a pair").isFalse();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void stopsAtARandomCorruptionAndPassesOnOnlyWhatCameBefore(long seed) {
        Random random = new Random(seed);
        String valid = new RandomJson(random).object();
        Map<String, String> expected = expected(valid);
        // A control character is wrong anywhere inside the object: in a string, a number, a literal or between tokens.
        int at = valid.indexOf('{') + 1 + random.nextInt(valid.lastIndexOf('}') - valid.indexOf('{'));
        String corrupt = valid.substring(0, at) + '\u0001' + valid.substring(at);

        Heard whole = new Heard();
        JsonTextExtractor once = extractor(whole, corrupt);
        Heard pieces = new Heard();
        JsonTextExtractor cutUp = extractor(pieces, cut(corrupt, random).toArray(String[]::new));

        assertThat(once.failed()).isTrue();
        assertThat(cutUp.failed()).isTrue();
        assertThat(pieces.joined()).isEqualTo(whole.joined());
        whole.joined().forEach((key, text) -> {
            String full = expected.get(key);
            int last = text.length() - 1;
            if (text.charAt(last) == '\uFFFD' && Character.isHighSurrogate(full.charAt(last))) {
                // The corruption fell between the halves of an emoji: the half before it is a lone surrogate.
                text = text.substring(0, last);
            }
            assertThat(full).as(key).startsWith(text);
        });
    }

    /** Each chosen top-level member's text, as Jackson reads the object: strings, and arrays' string items. */
    private static Map<String, String> expected(String json) {
        JsonNode root = JSON.readTree(json.substring(json.indexOf('{'), json.lastIndexOf('}') + 1));
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : root.propertyNames()) {
            JsonNode value = root.get(name);
            if (!CHOSEN.contains(name)) {
                continue;
            }
            if (value.isString() && !value.asString().isEmpty()) {
                out.put(name + "#0", value.asString());
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    if (value.get(i).isString() && !value.get(i).asString().isEmpty()) {
                        out.put(name + "#" + i, value.get(i).asString());
                    }
                }
            }
        }
        return out;
    }

    /** The text cut into 1 to 40 pieces at random places (pieces of one character included). */
    private static List<String> cut(String text, Random random) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        int pieces = 1 + random.nextInt(40);
        while (start < text.length()) {
            int length = random.nextInt(4) == 0 ? 1 : 1 + random.nextInt(Math.max(1, 2 * text.length() / pieces));
            int end = Math.min(text.length(), start + length);
            chunks.add(text.substring(start, end));
            start = end;
        }
        return chunks;
    }
}
