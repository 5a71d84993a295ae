package dev.maangtracker.core.interview;

import static dev.maangtracker.core.interview.EngineFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.evaluation.RubricScorer;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.core.question.QuestionBank;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A complete mock interview of each mode through the public API, with the shipped question bank,
 * the offline interviewer and the in-memory stores: start, answer (with a hint, a pause and a
 * follow-up along the way) until every question is done, complete, read the report.
 */
class MockInterviewEndToEndTest {

    private static final Map<InterviewMode, String> ANSWERS = Map.of(
            InterviewMode.BEHAVIORAL, "At my last company our checkout service failed every Friday at peak. I was the"
                    + " on-call lead, so I pulled the logs, found a connection pool of 20 exhausted by a retry storm, and"
                    + " I wrote a fix with a circuit breaker. As a result errors fell by 90% and I learned to test under"
                    + " realistic load.",
            InterviewMode.HR, "I want this role because your team builds the developer platform I have used for three"
                    + " years. I led our migration to it and cut build times from 20 to 6 minutes, and I want to work on"
                    + " the product itself.",
            InterviewMode.SYSTEM_DESIGN, "First the requirements: users create items and read them with low latency;"
                    + " 100 million reads a day is about 1,200 reads per second. The API has POST /items and GET"
                    + " /items/{id}. I store items in a table keyed by id, sharded by id, with a Redis cache in front."
                    + " The database is the bottleneck, so I add replicas. The trade-off is eventual consistency on"
                    + " reads for availability.",
            InterviewMode.CODING, "I keep a hash map from each value to its index and scan the array once, checking"
                    + " the complement first. It is O(n) time and O(n) space; an empty array or a single element has no"
                    + " answer.");

    private static QuestionCatalog catalog;

    @BeforeAll
    static void loadTheShippedBank() {
        catalog = BankQuestionCatalog.of(QuestionBank.loadDefault());
    }

    @ParameterizedTest
    @EnumSource(InterviewMode.class)
    void aCompleteInterviewProducesAReport(InterviewMode mode) {
        EngineFixture fixture = new EngineFixture(catalog);
        InterviewEngine engine = fixture.engine();
        UUID me = UUID.randomUUID();

        InterviewSession session = engine.create(me, new NewInterview(mode, Difficulty.MEDIUM, "Acme", "Backend engineer",
                null)).block(TIMEOUT);
        UUID id = session.id();
        InterviewStep first = engine.start(me, id).block(TIMEOUT);
        assertThat(first.prompt().text()).isNotBlank();
        assertThat(engine.hint(me, id).block(TIMEOUT).prompt().kind()).isEqualTo(TurnKind.HINT);
        engine.pause(me, id).block(TIMEOUT);
        fixture.clock.advance(Duration.ofMinutes(3));
        engine.resume(me, id).block(TIMEOUT);

        AnswerResult result;
        int answers = 0;
        do {
            fixture.clock.advance(Duration.ofMinutes(2));
            String code = mode == InterviewMode.CODING ? "def solve(nums, target):\n    seen = {}\n    return seen" : null;
            result = engine.answer(me, id, new CandidateAnswer(ANSWERS.get(mode), code, code == null ? null : "python",
                    Duration.ofSeconds(60))).block(TIMEOUT);
            answers++;
            assertThat(result.evaluation().dimensions()).extracting(d -> d.dimension())
                    .containsExactlyElementsOf(RubricScorer.dimensionsFor(
                            catalog.find(result.evaluation().questionId()).orElseThrow().rubric()));
            assertThat(result.analytics().pace()).isPresent();
        } while (!result.finished() && answers < 20);

        assertThat(result.finished()).as("the interview ends").isTrue();
        int questions = EngineSettings.defaults().questionsPerSession().get(mode);
        assertThat(result.session().askedQuestionIds()).hasSize(questions).doesNotHaveDuplicates();

        InterviewReport report = engine.complete(me, id).block(TIMEOUT);
        assertThat(report.overallScore()).isBetween(1, 100);
        assertThat(report.questions()).hasSize(questions);
        assertThat(report.dimensions()).isNotEmpty();
        assertThat(report.strengths().size() + report.weaknesses().size()).isPositive();
        assertThat(report.producedBy()).isEqualTo("rubric");
        if (mode == InterviewMode.CODING) {
            assertThat(result.evaluation().note()).startsWith("code was not executed: no code judge is configured");
            assertThat(report.recommendations()).anyMatch(r -> r.contains("code was not executed"));
        }

        List<Turn> turns = engine.turns(me, id).collectList().block(TIMEOUT);
        assertThat(turns).first().extracting(Turn::kind).isEqualTo(TurnKind.QUESTION);
        assertThat(turns).last().extracting(Turn::kind).isEqualTo(TurnKind.SUMMARY);
        assertThat(turns.stream().filter(t -> t.kind() == TurnKind.ANSWER)).hasSize(answers);
        report.questions().forEach(q -> assertThat(turns.get(q.firstTurn() - 1).questionId()).isEqualTo(q.questionId()));
        assertThat(engine.get(me, id).block(TIMEOUT).status()).isEqualTo(SessionStatus.COMPLETED);
    }
}
