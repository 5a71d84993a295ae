package dev.maangtracker.core.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.analytics.AnswerAnalyzer;
import dev.maangtracker.core.candidate.InMemoryCandidateContext;
import dev.maangtracker.core.embedding.HashingEmbedder;
import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.CoverageCalibration;
import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.evaluation.RubricScorer;
import dev.maangtracker.core.interview.BankQuestionCatalog;
import dev.maangtracker.core.interview.CandidateAnswer;
import dev.maangtracker.core.interview.CodeCheck;
import dev.maangtracker.core.interview.InMemoryInterviewRepository;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.NewInterview;
import dev.maangtracker.core.interview.RubricInterviewer;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.core.question.QuestionBank;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A CODING interview whose answers carry code gets the CORRECTNESS dimension from real verdicts. */
class CodingCorrectnessIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void referenceCodeScoresFullCorrectnessAndWrongCodeDoesNot() throws IOException {
        SandboxJudge judge = JudgeFixture.judge();
        QuestionBank bank = QuestionBank.loadDefault();
        HashingEmbedder embedder = new HashingEmbedder();
        BankQuestionCatalog catalog = BankQuestionCatalog.of(bank);
        RubricInterviewer rubric = new RubricInterviewer(catalog, new RubricScorer(embedder, CoverageCalibration.HASHING),
                embedder, Clock.systemUTC());
        InterviewEngine engine = InterviewEngine.builder().repository(new InMemoryInterviewRepository()).catalog(catalog)
                .fallback(rubric).candidateContext(new InMemoryCandidateContext(embedder)).analyzer(new AnswerAnalyzer())
                .codeCheck(CodeCheck.of(judge, bank)).clock(Clock.systemUTC()).build();
        UUID me = UUID.randomUUID();
        InterviewSession session = engine.create(me, new NewInterview(InterviewMode.CODING, Difficulty.EASY, "Acme",
                "Backend engineer", null)).block(TIMEOUT);
        engine.start(me, session.id()).block(TIMEOUT);
        String questionId = engine.get(me, session.id()).block(TIMEOUT).askedQuestionIds().get(0);

        AnswerEvaluation wrong = engine.answer(me, session.id(), new CandidateAnswer("I scan once with a hash map, O(n).",
                solution("wrong", questionId), "python", Duration.ofSeconds(60))).block(TIMEOUT).evaluation();
        AnswerEvaluation right = engine.answer(me, session.id(), new CandidateAnswer("I scan once with a hash map, O(n).",
                solution("reference", questionId), "python", Duration.ofSeconds(60))).block(TIMEOUT).evaluation();

        assertThat(correctness(right).score()).isEqualTo(100);
        assertThat(correctness(right).rationale()).contains("ACCEPTED");
        assertThat(correctness(wrong).score()).isLessThan(100);
        assertThat(correctness(wrong).rationale()).contains("WRONG_ANSWER");
    }

    private static DimensionScore correctness(AnswerEvaluation evaluation) {
        return evaluation.dimensions().stream().filter(d -> d.dimension().equals(CodeCheck.DIMENSION)).findFirst()
                .orElseThrow(() -> new AssertionError("no CORRECTNESS in " + evaluation));
    }

    private static String solution(String kind, String id) throws IOException {
        try (InputStream in = CodingCorrectnessIT.class.getResourceAsStream(
                "/dev/maangtracker/core/judge/" + kind + "/" + id + ".py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
