package dev.maangtracker.core.interview;

import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.core.embedding.Vectors;
import dev.maangtracker.core.error.InvalidStateException;
import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.evaluation.PointCoverage;
import dev.maangtracker.core.evaluation.QuestionResult;
import dev.maangtracker.core.evaluation.RubricScore;
import dev.maangtracker.core.evaluation.RubricScorer;
import dev.maangtracker.core.question.InterviewMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * The offline interviewer: deterministic, no network, the embedded default and the fallback of
 * every step of the {@link LlmInterviewer}. It picks questions by difficulty and the candidate's
 * weaknesses ({@link QuestionSelector}), scores answers with the {@link RubricScorer}, follows up on
 * the rubric point the answer covered least (choosing among the bank's follow-ups the one closest to
 * that point), gives graded hints (the bank's, then generic ones per mode) and writes the report.
 * Stateless and thread-safe.
 */
public final class RubricInterviewer implements Interviewer {

    /** Hints available on any question, even one whose bank entry lists fewer. */
    public static final int GENERIC_HINT_LEVELS = 3;
    /** No follow-up once an answer scores at least this. */
    static final int NO_FOLLOW_UP_ABOVE = 85;

    private static final Map<InterviewMode, List<String>> GENERIC_HINTS = Map.of(
            InterviewMode.BEHAVIORAL, List.of(
                    "Pick one concrete situation and set the scene in a sentence or two: when, where, what was at stake.",
                    "Focus on what you personally did: the decisions you made and why, step by step.",
                    "Finish with the result, measured if you can, and what you learned from it."),
            InterviewMode.HR, List.of(
                    "Answer the question directly in your first sentence, then support it.",
                    "Back it with one specific example from your experience.",
                    "Connect your answer to this role and what you would bring to it."),
            InterviewMode.SYSTEM_DESIGN, List.of(
                    "Start by clarifying the functional and non-functional requirements.",
                    "Estimate the load and storage, then define the API and the data model.",
                    "Walk through the high-level components, then how they scale and where they could fail."),
            InterviewMode.CODING, List.of(
                    "Start from a brute-force solution and state its complexity.",
                    "Think about which data structure would avoid the repeated work.",
                    "Consider a hash map, two pointers or sorting first; then check the edge cases."));

    private static final Map<String, String> DIMENSION_FOLLOW_UPS = Map.ofEntries(
            Map.entry("REQUIREMENTS", "Before we go further, which functional and non-functional requirements are you designing for?"),
            Map.entry("ESTIMATES", "Can you estimate the load: requests per second, and storage over a few years?"),
            Map.entry("API", "What would the main API look like: endpoints, parameters and responses?"),
            Map.entry("DATA_MODEL", "How would you model and store the data, and what would you key or partition it by?"),
            Map.entry("HIGH_LEVEL_DESIGN", "Can you walk me through the main components and how a request flows through them?"),
            Map.entry("SCALING", "How does this scale to ten times the traffic?"),
            Map.entry("BOTTLENECKS", "Where are the bottlenecks or single points of failure, and how would you address them?"),
            Map.entry("TRADE_OFFS", "What trade-offs did you make, and which alternatives did you reject?"),
            Map.entry("CONTENT", "Can you go deeper: what exactly did you do, and what was the outcome?"),
            Map.entry("APPROACH", "Can you explain your approach step by step, and why it is correct?"));

    private final QuestionCatalog catalog;
    private final RubricScorer scorer;
    private final Embedder embedder;
    private final Clock clock;

    /**
     * @param catalog  the questions to draw from
     * @param scorer   scores answers against rubrics
     * @param embedder picks the follow-up closest to a missed point
     * @param clock    timestamps the report
     */
    public RubricInterviewer(QuestionCatalog catalog, RubricScorer scorer, Embedder embedder, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return "rubric";
    }

    @Override
    public Mono<AskedQuestion> nextQuestion(QuestionRequest request) {
        return Mono.fromCallable(() -> {
            InterviewSession session = request.session();
            InterviewQuestion question = QuestionSelector.pick(catalog.byMode(session.mode()), session, request.weaknesses())
                    .orElseThrow(() -> InvalidStateException.of("question bank", "exhausted for " + session.mode(),
                            "pick another question from"));
            return new AskedQuestion(question, question.text());
        });
    }

    @Override
    public Mono<AnswerEvaluation> evaluate(EvaluationRequest request) {
        return Mono.fromCallable(() -> {
            InterviewQuestion question = request.question();
            RubricScore score = scorer.score(question.rubric(), request.answer().text(), request.analytics(),
                    request.hintsUsed(), request.overTime());
            String followUp = request.followUpAllowed() && score.overall() < NO_FOLLOW_UP_ABOVE
                    ? followUp(question, score, request.conversation()) : null;
            return new AnswerEvaluation(question.id(), score.overall(), score.dimensions(), score.coveredPoints(),
                    score.missed().stream().map(c -> c.point().text()).toList(), score.strengths(),
                    score.improvements(), followUp, name(), null);
        });
    }

    @Override
    public Mono<String> hint(HintRequest request) {
        return Mono.fromCallable(() -> {
            InterviewQuestion question = request.question();
            List<String> hints = new ArrayList<>(question.hints());
            for (String generic : GENERIC_HINTS.get(question.mode())) {
                if (hints.size() >= Math.max(GENERIC_HINT_LEVELS, question.hints().size())) {
                    break;
                }
                hints.add(generic);
            }
            if (request.level() > hints.size()) {
                throw InvalidStateException.of("question", "out of hints", "give another hint on");
            }
            return hints.get(request.level() - 1);
        });
    }

    @Override
    public Mono<InterviewReport> summarise(SummaryRequest request) {
        return Mono.fromCallable(() -> report(request));
    }

    /**
     * The bank follow-up closest to the least covered point, not asked yet; else a generic one for
     * that point's dimension; {@code null} when nothing was missed.
     */
    private String followUp(InterviewQuestion question, RubricScore score, List<Turn> conversation) {
        List<PointCoverage> missed = score.missed();
        if (missed.isEmpty()) {
            return null;
        }
        Set<String> asked = new LinkedHashSet<>();
        conversation.stream().filter(t -> t.kind() == TurnKind.FOLLOW_UP).forEach(t -> asked.add(t.text()));
        PointCoverage target = missed.get(0);
        float[] pointVector = embedder.embed(target.point().text());
        String best = question.followUps().stream()
                .filter(candidate -> !asked.contains(candidate))
                .max(Comparator.comparingDouble(candidate -> Vectors.cosine(pointVector, embedder.embed(candidate))))
                .orElse(null);
        if (best != null) {
            return best;
        }
        String generic = DIMENSION_FOLLOW_UPS.getOrDefault(target.point().dimension(), DIMENSION_FOLLOW_UPS.get("CONTENT"));
        return asked.contains(generic) ? null : generic;
    }

    private InterviewReport report(SummaryRequest request) {
        Map<String, List<DimensionScore>> byDimension = new LinkedHashMap<>();
        List<QuestionResult> questions = new ArrayList<>();
        Set<String> strengths = new LinkedHashSet<>();
        Set<String> weaknesses = new LinkedHashSet<>();
        Set<String> recommendations = new LinkedHashSet<>();
        int total = 0;
        for (QuestionOutcome outcome : request.outcomes()) {
            AnswerEvaluation last = outcome.evaluations().isEmpty() ? null
                    : outcome.evaluations().get(outcome.evaluations().size() - 1);
            int score = last == null ? 0 : last.overallScore();
            total += score;
            questions.add(new QuestionResult(outcome.question().id(), outcome.askedText(), score, outcome.firstTurn()));
            if (last == null) {
                weaknesses.add("left \"" + outcome.question().title() + "\" unanswered");
                recommendations.add("practise " + String.join(", ", outcome.question().topics()));
                continue;
            }
            for (DimensionScore dimension : last.dimensions()) {
                byDimension.computeIfAbsent(dimension.dimension(), d -> new ArrayList<>()).add(dimension);
            }
            strengths.addAll(last.strengths());
            last.improvements().stream().filter(i -> !i.startsWith("also cover:")).forEach(weaknesses::add);
            if (score < 60) {
                recommendations.add("practise " + (outcome.question().topics().isEmpty() ? outcome.question().title()
                        : String.join(", ", outcome.question().topics())));
            }
        }
        List<DimensionScore> dimensions = new ArrayList<>();
        byDimension.forEach((name, scores) -> {
            int mean = (int) Math.round(scores.stream().mapToInt(DimensionScore::score).average().orElse(0));
            List<String> evidence = scores.stream().flatMap(s -> s.evidence().stream()).distinct().limit(2).toList();
            dimensions.add(new DimensionScore(name, mean, evidence, "mean over " + scores.size()
                    + (scores.size() == 1 ? " answer" : " answers")));
        });
        dimensions.stream().filter(d -> d.score() < 55)
                .sorted(Comparator.comparingInt(DimensionScore::score))
                .forEach(d -> recommendations.add("work on " + FeedbackText.label(d.dimension()).toLowerCase(Locale.ROOT)));
        request.weaknesses().stream().limit(3)
                .forEach(w -> recommendations.add("keep working on " + w.topic()));
        int overall = request.outcomes().isEmpty() ? 0 : Math.round((float) total / request.outcomes().size());
        return new InterviewReport(overall, dimensions, List.copyOf(strengths), List.copyOf(weaknesses),
                List.copyOf(recommendations), questions, name(), clock.instant());
    }
}
