package dev.maangtracker.core.interview;

import dev.maangtracker.core.candidate.MemorySnippet;
import dev.maangtracker.core.error.InvalidStateException;
import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.evaluation.RubricPoint;
import dev.maangtracker.core.evaluation.RubricScorer;
import dev.maangtracker.core.llm.LanguageModel;
import dev.maangtracker.core.llm.Prompt;
import dev.maangtracker.core.llm.PromptTemplate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;

/**
 * An {@link Interviewer} speaking through a {@link LanguageModel}. Questions come from the same
 * catalog and selection as the offline interviewer; the model phrases them with the candidate's
 * relevant past answers, evaluates answers against the rubric as structured JSON, gives hints and
 * writes the report. A reply that is not valid (malformed JSON, scores out of range, "evidence" the
 * candidate never said) is sent back once with the problem; a second invalid reply fails the step
 * with {@link InvalidModelOutputException}, and the engine answers it with the offline interviewer.
 *
 * <p>{@link #streamingTo} gives an interviewer that calls {@link LanguageModel#stream} instead of
 * {@code generate} and passes the words meant for the candidate to a {@link ModelTextSink} as they
 * arrive: a question's or hint's text, and from the JSON replies the evaluation's strengths,
 * improvements and follow-up and the report's strengths, weaknesses and recommendations (decoded,
 * never raw JSON; see {@link ModelTextChunk}). The result is still read from the complete reply; before
 * a repair the streamed text of the step is discarded. Without a sink the model is asked with
 * {@code generate}, as a streamed reply cannot be retried once text has been passed on.
 *
 * <p>Prompt templates live in {@code /dev/maangtracker/core/interview/prompts/}. Stateless and
 * thread-safe.
 */
public final class LlmInterviewer implements Interviewer {

    private static final String PROMPTS = "/dev/maangtracker/core/interview/prompts/";
    private static final PromptTemplate SYSTEM = PromptTemplate.load(PROMPTS + "system.txt");
    private static final PromptTemplate ASK = PromptTemplate.load(PROMPTS + "ask.txt");
    private static final PromptTemplate EVALUATE = PromptTemplate.load(PROMPTS + "evaluate.txt");
    private static final PromptTemplate REPAIR = PromptTemplate.load(PROMPTS + "repair.txt");
    private static final PromptTemplate HINT = PromptTemplate.load(PROMPTS + "hint.txt");
    private static final PromptTemplate SUMMARY = PromptTemplate.load(PROMPTS + "summary.txt");

    private final LanguageModel model;
    private final QuestionCatalog catalog;
    private final Clock clock;
    /** Where the words go while the model writes them, or {@code null}: the model is asked for whole replies. */
    private final ModelTextSink sink;

    /**
     * @param model   the language model
     * @param catalog the questions to draw from
     * @param clock   timestamps the report
     */
    public LlmInterviewer(LanguageModel model, QuestionCatalog catalog, Clock clock) {
        this(model, catalog, clock, null);
    }

    private LlmInterviewer(LanguageModel model, QuestionCatalog catalog, Clock clock, ModelTextSink sink) {
        this.model = Objects.requireNonNull(model, "model");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sink = sink;
    }

    /** This interviewer, streaming the model's replies and passing their words to {@code sink}. */
    @Override
    public Interviewer streamingTo(ModelTextSink sink) {
        return new LlmInterviewer(model, catalog, clock, new GuardedTextSink(sink));
    }

    @Override
    public String name() {
        return "llm:" + model.name();
    }

    @Override
    public Mono<AskedQuestion> nextQuestion(QuestionRequest request) {
        InterviewSession session = request.session();
        return Mono.justOrEmpty(QuestionSelector.pick(catalog.byMode(session.mode()), session, request.weaknesses()))
                .switchIfEmpty(Mono.error(() -> InvalidStateException.of("question bank", "exhausted for " + session.mode(),
                        "pick another question from")))
                .flatMap(question -> reply(prompt(session, ASK.render(Map.of(
                                "question", question.text(),
                                "memories", memories(request.memories())))),
                        () -> ReplyNarrator.plain(sink, ModelStep.QUESTION, TurnKind.QUESTION, question.id()))
                        .map(reply -> new AskedQuestion(question, ModelReplies.spoken(reply, "question"))));
    }

    /** What running the code showed, as the prompt states it: correctness comes from the run, not a reading. */
    static String codeRun(EvaluationRequest request) {
        return request.codeRun().map(run -> run.startsWith(CodeCheck.VERDICT)
                ? "The code was run against the problem's tests: " + run + ". Score CORRECTNESS from this result, not "
                        + "from reading the code, and keep strengths and improvements consistent with it."
                : "The code was not run (" + run + "): judge its correctness by reading it, and say so.")
                .orElse("");
    }

    @Override
    public Mono<AnswerEvaluation> evaluate(EvaluationRequest request) {
        InterviewQuestion question = request.question();
        List<String> dimensions = RubricScorer.dimensionsFor(question.rubric());
        String user = EVALUATE.render(Map.of(
                "question", question.text(),
                "rubric", bullets(question.rubric().points().stream().map(RubricPoint::text).toList()),
                "redFlags", bullets(question.rubric().redFlags()),
                "conversation", conversation(request.conversation()),
                "answer", answerText(request.answer()),
                "analytics", AnalyticsSummary.of(request.analytics()),
                "dimensions", String.join(", ", dimensions),
                "codeRun", codeRun(request),
                "followUpRule", request.followUpAllowed()
                        ? "If an important rubric point is missing, ask about it in followUp; otherwise followUp is null."
                        : "followUp must be null: the interviewer moves on."));
        Map<String, TurnKind> spoken = request.followUpAllowed()
                ? Map.of("strengths", TurnKind.FEEDBACK, "improvements", TurnKind.FEEDBACK, "followUp", TurnKind.FOLLOW_UP)
                : Map.of("strengths", TurnKind.FEEDBACK, "improvements", TurnKind.FEEDBACK);
        return withRepair(request.session(), user, ModelStep.EVALUATION,
                () -> ReplyNarrator.json(sink, ModelStep.EVALUATION, question.id(), spoken),
                reply -> ModelReplies.evaluation(reply, question, request.answer().text(), dimensions,
                        request.followUpAllowed(), name()));
    }

    @Override
    public Mono<String> hint(HintRequest request) {
        return reply(prompt(request.session(), HINT.render(Map.of(
                        "level", String.valueOf(request.level()),
                        "question", request.question().text(),
                        "hints", bullets(request.question().hints()),
                        "conversation", conversation(request.conversation())))),
                () -> ReplyNarrator.plain(sink, ModelStep.HINT, TurnKind.HINT, request.question().id()))
                .map(reply -> ModelReplies.spoken(reply, "hint"));
    }

    @Override
    public Mono<InterviewReport> summarise(SummaryRequest request) {
        String user = SUMMARY.render(Map.of(
                "outcomes", outcomes(request.outcomes()),
                "weaknesses", bullets(request.weaknesses().stream()
                        .map(w -> w.topic() + " (severity " + Math.round(w.severity()) + "/10)").toList())));
        return withRepair(request.session(), user, ModelStep.SUMMARY,
                () -> ReplyNarrator.json(sink, ModelStep.SUMMARY, null, Map.of("strengths", TurnKind.SUMMARY,
                        "weaknesses", TurnKind.SUMMARY, "recommendations", TurnKind.SUMMARY)),
                reply -> ModelReplies.report(reply, request.outcomes(), name(), clock.instant()));
    }

    /**
     * Asks, reads; on an invalid reply discards what was streamed of it, asks once more with the
     * problem stated, then gives up.
     */
    private <T> Mono<T> withRepair(InterviewSession session, String user, ModelStep step,
                                   Supplier<ReplyNarrator> narrator, Function<String, T> read) {
        return reply(prompt(session, user), narrator).flatMap(reply -> {
            try {
                return Mono.just(read.apply(reply));
            } catch (InvalidModelOutputException invalid) {
                if (sink != null) {
                    sink.discard(step);
                }
                String repair = REPAIR.render(Map.of("problem", invalid.getMessage(), "reply", reply));
                return reply(prompt(session, user + "\n\n" + repair), narrator).map(read);
            }
        });
    }

    /**
     * The model's complete reply. With a sink the reply is streamed and each chunk fed to a fresh
     * narrator (one per reply, so a repair starts its text anew); the chunks joined are the reply.
     */
    private Mono<String> reply(Prompt prompt, Supplier<ReplyNarrator> narrator) {
        if (sink == null) {
            return model.generate(prompt);
        }
        return Mono.defer(() -> {
            ReplyNarrator reading = narrator.get();
            return model.stream(prompt)
                    .doOnNext(reading::feed)
                    .collect(StringBuilder::new, StringBuilder::append)
                    .map(StringBuilder::toString);
        });
    }

    private static Prompt prompt(InterviewSession session, String user) {
        String target = session.targetRole() == null && session.targetCompany() == null ? ""
                : " for " + (session.targetRole() == null ? "a role" : "a " + session.targetRole() + " role")
                + (session.targetCompany() == null ? "" : " at " + session.targetCompany());
        String system = SYSTEM.render(Map.of(
                "mode", session.mode().name().replace('_', ' ').toLowerCase(Locale.ROOT),
                "difficulty", session.difficulty().name().toLowerCase(Locale.ROOT),
                "target", target));
        return Prompt.of(system, user);
    }

    private static String answerText(CandidateAnswer answer) {
        return answer.code() == null ? answer.text()
                : answer.text() + "\n\nCode (" + answer.language() + "):\n" + answer.code();
    }

    private static String memories(List<MemorySnippet> memories) {
        if (memories.isEmpty()) {
            return "(none)";
        }
        return memories.stream()
                .map(m -> "- [" + m.id() + ", " + m.createdAt().toString().substring(0, 10) + "] " + m.content())
                .collect(Collectors.joining("\n"));
    }

    private static String conversation(List<Turn> turns) {
        if (turns.isEmpty()) {
            return "(nothing yet)";
        }
        return turns.stream().map(t -> t.role() + " (" + t.kind() + "): " + t.text()).collect(Collectors.joining("\n"));
    }

    private static String outcomes(List<QuestionOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return "(no question was asked)";
        }
        StringBuilder text = new StringBuilder();
        for (QuestionOutcome outcome : outcomes) {
            text.append("- ").append(outcome.question().title()).append(" (hints used: ").append(outcome.hintsUsed())
                    .append(")\n");
            if (outcome.evaluations().isEmpty()) {
                text.append("  not answered\n");
            }
            for (AnswerEvaluation evaluation : outcome.evaluations()) {
                text.append("  score ").append(evaluation.overallScore()).append(": ");
                for (DimensionScore dimension : evaluation.dimensions()) {
                    text.append(dimension.dimension()).append('=').append(dimension.score()).append(' ');
                }
                text.append("| strengths: ").append(String.join("; ", evaluation.strengths()))
                        .append(" | improve: ").append(String.join("; ", evaluation.improvements())).append('\n');
            }
        }
        return text.toString();
    }

    private static String bullets(List<String> items) {
        return items.isEmpty() ? "(none)" : items.stream().map(item -> "- " + item).collect(Collectors.joining("\n"));
    }
}
