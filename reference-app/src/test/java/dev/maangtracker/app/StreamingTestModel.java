package dev.maangtracker.app;

import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.llm.LanguageModel;
import dev.maangtracker.core.llm.Prompt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * A language model for the app's streaming tests: it answers the interviewer's prompts with valid
 * replies — plain text for questions and hints, JSON (with quotes and non-ASCII text to escape) for
 * evaluations and reports — and streams each in pieces of 1 to 6 characters with a pause between
 * them. A test can hold a step's next reply after some pieces until it releases it, or make it break off.
 */
public final class StreamingTestModel implements LanguageModel {

    /** The pause before each piece. */
    public static final Duration PAUSE = Duration.ofMillis(6);
    /** Said before every question. */
    public static final String FRAMING = "Thanks for joining — let's begin. ";
    /** The hint, whatever the question. */
    public static final String HINT = "Start with the situation in one sentence, then say what you did and what changed.";
    /** The follow-up asked whenever the engine allows one. */
    public static final String FOLLOW_UP = "What would you change if you ran that \"migration\" again?";
    /** The strengths of every evaluation. */
    public static final List<String> STRENGTHS = List.of("clear \"STAR\" structure", "numbers — café-level detail");
    /** The improvements of every evaluation. */
    public static final List<String> IMPROVEMENTS = List.of("say what you would do differently");

    /** The interviewer steps a reply can be for, told apart by their prompts. */
    public enum Step { QUESTION, EVALUATION, HINT, SUMMARY }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern QUESTION = Pattern.compile("Question:\\n(.*?)\\n\\nEarlier answers:", Pattern.DOTALL);
    private static final Pattern DIMENSIONS = Pattern.compile("Score each of these dimensions from 0 to 100: ([A-Z_, ]+)\\.");
    private static final Duration LONGEST_HOLD = Duration.ofSeconds(30);

    /**
     * What to do to a step's next streamed reply after some pieces: wait for the gate (if any), then
     * go on or break off.
     */
    private record Plan(int pieces, CountDownLatch gate, boolean breaks) {
    }

    private final Random random = new Random(20261124);
    private final Map<Step, Plan> plans = new ConcurrentHashMap<>();

    /**
     * The step's next streamed reply stops after {@code pieces} pieces until the returned latch is
     * counted down (at most {@link #LONGEST_HOLD}).
     */
    public CountDownLatch holdNext(Step step, int pieces) {
        CountDownLatch gate = new CountDownLatch(1);
        plans.put(step, new Plan(pieces, gate, false));
        return gate;
    }

    /** The step's next streamed reply fails as an unavailable model after {@code pieces} pieces. */
    public void breakNext(Step step, int pieces) {
        plans.put(step, new Plan(pieces, null, true));
    }

    /**
     * The step's next streamed reply stops after {@code pieces} pieces until the returned latch is
     * counted down, then fails as an unavailable model.
     */
    public CountDownLatch holdNextThenBreak(Step step, int pieces) {
        CountDownLatch gate = new CountDownLatch(1);
        plans.put(step, new Plan(pieces, gate, true));
        return gate;
    }

    @Override
    public String name() {
        return "streaming-test";
    }

    @Override
    public Mono<String> generate(Prompt prompt) {
        return Mono.fromSupplier(() -> reply(prompt));
    }

    @Override
    public Flux<String> stream(Prompt prompt) {
        return Flux.defer(() -> {
            List<String> pieces = pieces(reply(prompt));
            Plan plan = plans.remove(step(prompt));
            if (plan == null) {
                return paced(pieces);
            }
            int cut = Math.min(plan.pieces(), pieces.size());
            Flux<String> reply = paced(pieces.subList(0, cut));
            if (plan.gate() != null) {
                reply = reply.concatWith(Mono.fromCallable(() -> plan.gate().await(LONGEST_HOLD.toMillis(),
                        TimeUnit.MILLISECONDS)).subscribeOn(Schedulers.boundedElastic()).then(Mono.<String>empty()));
            }
            return reply.concatWith(plan.breaks()
                    ? Flux.error(UnavailableException.of("streaming test model", null))
                    : paced(pieces.subList(cut, pieces.size())));
        });
    }

    private static Flux<String> paced(List<String> pieces) {
        return Flux.fromIterable(pieces).delayElements(PAUSE);
    }

    private List<String> pieces(String reply) {
        List<String> pieces = new ArrayList<>();
        synchronized (random) {
            for (int start = 0; start < reply.length(); ) {
                int end = Math.min(reply.length(), start + 1 + random.nextInt(6));
                pieces.add(reply.substring(start, end));
                start = end;
            }
        }
        return pieces;
    }

    /** Which step a prompt is for. */
    public static Step step(Prompt prompt) {
        String user = prompt.user();
        if (user.startsWith("Ask the candidate")) {
            return Step.QUESTION;
        }
        if (user.startsWith("Evaluate")) {
            return Step.EVALUATION;
        }
        if (user.startsWith("The candidate asked for hint")) {
            return Step.HINT;
        }
        return Step.SUMMARY;
    }

    private static String reply(Prompt prompt) {
        switch (step(prompt)) {
            case QUESTION:
                Matcher question = QUESTION.matcher(prompt.user());
                return FRAMING + (question.find() ? question.group(1).strip() : "Tell me about yourself.") + "\n";
            case EVALUATION:
                return evaluation(prompt);
            case HINT:
                return HINT;
            default:
                return report();
        }
    }

    private static String evaluation(Prompt prompt) {
        Matcher found = DIMENSIONS.matcher(prompt.user());
        List<Map<String, Object>> dimensions = new ArrayList<>();
        for (String dimension : found.find() ? found.group(1).split(", ") : new String[] {"CONTENT"}) {
            dimensions.add(Map.of("dimension", dimension, "score", 74, "evidence", List.of(),
                    "rationale", "the \"strengths\" field is not this one"));
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("strengths", STRENGTHS);
        reply.put("overallScore", 74);
        reply.put("dimensions", dimensions);
        reply.put("coveredPoints", List.of());
        reply.put("missedPoints", List.of());
        reply.put("improvements", IMPROVEMENTS);
        reply.put("followUp", prompt.user().contains("ask about it in followUp") ? FOLLOW_UP : null);
        return "```json\n" + JSON.writeValueAsString(reply) + "\n```";
    }

    private static String report() {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("overallScore", 73);
        reply.put("dimensions", List.of(Map.of("dimension", "CONTENT", "score", 73, "evidence", List.of(),
                "rationale", "steady")));
        reply.put("strengths", List.of("concrete numbers", "ownership"));
        reply.put("weaknesses", List.of("reflection"));
        reply.put("recommendations", List.of("practise conflict stories — with outcomes"));
        return JSON.writeValueAsString(reply);
    }
}
