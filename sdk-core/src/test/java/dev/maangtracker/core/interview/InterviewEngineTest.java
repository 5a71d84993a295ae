package dev.maangtracker.core.interview;

import static dev.maangtracker.core.interview.EngineFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.candidate.WeaknessSignal;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.InvalidStateException;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class InterviewEngineTest {

    private static final String STRONG_CONFLICT = """
            Last spring my teammate wanted to rewrite our billing service in a new framework two weeks before a \
            release, and I disagreed because the rewrite put the launch at risk. I wrote a one-page comparison of \
            both options with the risks and the effort in days, and I set up a meeting with him and our lead. \
            I proposed we ship on the old code and prototype the rewrite behind a flag. He agreed after we measured \
            the prototype: it cut response time from 400 ms to 150 ms. As a result we released on time, and the \
            rewrite shipped a month later with 30% fewer billing errors. I learned to bring data to a disagreement.""";

    private final EngineFixture fixture = new EngineFixture();
    private final InterviewEngine engine = fixture.engine();
    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    private InterviewSession created(InterviewMode mode) {
        return engine.create(alice, NewInterview.of(mode, Difficulty.MEDIUM)).block(TIMEOUT);
    }

    private InterviewStep started(InterviewMode mode) {
        return engine.start(alice, created(mode).id()).block(TIMEOUT);
    }

    private List<Turn> turns(UUID sessionId) {
        return engine.turns(alice, sessionId).collectList().block(TIMEOUT);
    }

    @Test
    void startAsksAQuestionOfTheSessionsMode() {
        InterviewStep step = started(InterviewMode.BEHAVIORAL);
        assertThat(step.session().status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(step.session().version()).isEqualTo(1);
        Turn question = step.interviewerTurn().orElseThrow();
        assertThat(question.kind()).isEqualTo(TurnKind.QUESTION);
        assertThat(question.sequence()).isEqualTo(1);
        assertThat(fixture.catalog.find(question.questionId()).orElseThrow().mode()).isEqualTo(InterviewMode.BEHAVIORAL);
        assertThat(question.producedBy()).isEqualTo("rubric");
    }

    @Test
    void questionChoiceTargetsTheCandidatesWeakness() {
        fixture.candidates.setWeaknesses(alice, List.of(new WeaknessSignal("prioritisation", 9, 0.9)));
        InterviewStep step = started(InterviewMode.BEHAVIORAL);
        assertThat(step.session().currentQuestionId()).isEqualTo(TestCatalog.DEADLINE.id());
    }

    @Test
    void answerStoresAnswerFeedbackAndTheNextPromptInOrder() {
        InterviewStep step = started(InterviewMode.BEHAVIORAL);
        AnswerResult result = engine.answer(alice, step.session().id(), CandidateAnswer.of(STRONG_CONFLICT)).block(TIMEOUT);
        assertThat(result.evaluation().overallScore()).isBetween(0, 100);
        assertThat(result.evaluation().dimensions()).extracting(d -> d.dimension())
                .containsExactly("CONTENT", "STRUCTURE", "IMPACT", "OWNERSHIP", "COMMUNICATION");
        assertThat(result.nextPrompt()).isPresent();
        List<Turn> turns = turns(step.session().id());
        assertThat(turns).extracting(Turn::sequence).containsExactly(1, 2, 3, 4);
        assertThat(turns).extracting(Turn::kind).startsWith(TurnKind.QUESTION, TurnKind.ANSWER, TurnKind.FEEDBACK);
        assertThat(turns.get(1).analytics()).isNotNull();
        assertThat(turns.get(2).evaluation()).isEqualTo(result.evaluation());
        assertThat(result.session().turnCount()).isEqualTo(4);
    }

    @Test
    void evidenceIsQuotedFromTheAnswer() {
        InterviewStep step = started(InterviewMode.BEHAVIORAL);
        AnswerResult result = engine.answer(alice, step.session().id(), CandidateAnswer.of(STRONG_CONFLICT)).block(TIMEOUT);
        assertThat(result.evaluation().dimensions()).flatExtracting(d -> d.evidence()).isNotEmpty()
                .allSatisfy(quote -> assertThat(STRONG_CONFLICT).contains(quote));
    }

    @Test
    void aVagueAnswerGetsAFollowUpThenTheInterviewMovesOn() {
        InterviewStep step = started(InterviewMode.BEHAVIORAL);
        UUID id = step.session().id();
        AnswerResult vague = engine.answer(alice, id, CandidateAnswer.of(
                "We talked about it as a team and found a good way forward together.")).block(TIMEOUT);
        assertThat(vague.next().kind()).isEqualTo(TurnKind.FOLLOW_UP);
        assertThat(vague.next().questionId()).isEqualTo(step.session().currentQuestionId());
        AnswerResult second = engine.answer(alice, id, CandidateAnswer.of(
                "We kept working on it and everyone was happy with the outcome in the end.")).block(TIMEOUT);
        assertThat(second.next().kind()).isEqualTo(TurnKind.QUESTION);
        assertThat(second.session().askedQuestionIds()).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aSmallBankEndsTheInterviewInsteadOfFailing() {
        InterviewStep step = started(InterviewMode.BEHAVIORAL);
        UUID id = step.session().id();
        AnswerResult result = null;
        for (int i = 0; i < 8 && (result == null || !result.finished()); i++) {
            result = engine.answer(alice, id, CandidateAnswer.of(STRONG_CONFLICT)).block(TIMEOUT);
        }
        assertThat(result.finished()).isTrue();
        assertThat(result.session().askedQuestionIds()).containsExactlyInAnyOrder(TestCatalog.CONFLICT.id(),
                TestCatalog.DEADLINE.id());
    }

    @Test
    void hintsGetMoreDirectAndRunOut() {
        InterviewStep step = started(InterviewMode.CODING);
        UUID id = step.session().id();
        List<String> hints = new ArrayList<>();
        for (int i = 0; i < RubricInterviewer.GENERIC_HINT_LEVELS; i++) {
            hints.add(engine.hint(alice, id).block(TIMEOUT).prompt().text());
        }
        assertThat(hints).doesNotHaveDuplicates();
        StepVerifier.create(engine.hint(alice, id)).expectError(InvalidStateException.class).verify(TIMEOUT);
        AnswerResult result = engine.answer(alice, id, CandidateAnswer.of(
                "I use a hash map from value to index and scan once, so it is O(n) time and O(n) space.")).block(TIMEOUT);
        assertThat(result.evaluation().improvements()).anyMatch(advice -> advice.contains("3 hints"));
    }

    @Test
    void pausedTimeDoesNotCountAgainstTheQuestion() {
        InterviewStep step = started(InterviewMode.HR);
        UUID id = step.session().id();
        engine.pause(alice, id).block(TIMEOUT);
        fixture.clock.advance(Duration.ofHours(1));
        InterviewSession resumed = engine.resume(alice, id).block(TIMEOUT);
        assertThat(resumed.status()).isEqualTo(SessionStatus.IN_PROGRESS);
        fixture.clock.advance(Duration.ofMinutes(1));
        AnswerResult inTime = engine.answer(alice, id, CandidateAnswer.of(
                "I want to build developer tools, and your profiler is the one my team relies on daily.")).block(TIMEOUT);
        assertThat(inTime.evaluation().improvements()).noneMatch(advice -> advice.contains("time limit"));
    }

    @Test
    void anAnswerAfterTheTimeLimitIsMarked() {
        InterviewStep step = started(InterviewMode.HR);
        fixture.clock.advance(Duration.ofMinutes(6));
        AnswerResult late = engine.answer(alice, step.session().id(), CandidateAnswer.of(
                "I want to build developer tools, and your profiler is the one my team relies on daily.")).block(TIMEOUT);
        assertThat(late.evaluation().improvements()).anyMatch(advice -> advice.contains("time limit"));
    }

    @Test
    void completeWritesTheReportAndEndsTheSession() {
        InterviewStep step = started(InterviewMode.BEHAVIORAL);
        UUID id = step.session().id();
        engine.answer(alice, id, CandidateAnswer.of(STRONG_CONFLICT)).block(TIMEOUT);
        InterviewReport report = engine.complete(alice, id).block(TIMEOUT);
        assertThat(report.overallScore()).isBetween(1, 100);
        assertThat(report.questions()).isNotEmpty();
        assertThat(report.questions().get(0).firstTurn()).isEqualTo(1);
        InterviewSession completed = engine.get(alice, id).block(TIMEOUT);
        assertThat(completed.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(completed.report()).isEqualTo(report);
        assertThat(engine.report(alice, id).block(TIMEOUT)).isEqualTo(report);
        assertThat(turns(id)).last().extracting(Turn::kind).isEqualTo(TurnKind.SUMMARY);
        StepVerifier.create(engine.answer(alice, id, CandidateAnswer.of("one more thing")))
                .expectError(InvalidStateException.class).verify(TIMEOUT);
    }

    @Test
    void stepsInTheWrongStateFailAndChangeNothing() {
        InterviewSession session = created(InterviewMode.HR);
        UUID id = session.id();
        StepVerifier.create(engine.answer(alice, id, CandidateAnswer.of("too early"))).expectError(InvalidStateException.class).verify(TIMEOUT);
        StepVerifier.create(engine.pause(alice, id)).expectError(InvalidStateException.class).verify(TIMEOUT);
        StepVerifier.create(engine.resume(alice, id)).expectError(InvalidStateException.class).verify(TIMEOUT);
        StepVerifier.create(engine.complete(alice, id)).expectError(InvalidStateException.class).verify(TIMEOUT);
        StepVerifier.create(engine.report(alice, id)).expectError(InvalidStateException.class).verify(TIMEOUT);
        assertThat(engine.get(alice, id).block(TIMEOUT)).isEqualTo(session);
        assertThat(turns(id)).isEmpty();
        engine.abandon(alice, id).block(TIMEOUT);
        StepVerifier.create(engine.start(alice, id)).expectError(InvalidStateException.class).verify(TIMEOUT);
    }

    @Test
    void anotherUsersSessionIsNotFound() {
        InterviewStep step = started(InterviewMode.BEHAVIORAL);
        UUID id = step.session().id();
        StepVerifier.create(engine.get(bob, id)).expectError(NotFoundException.class).verify(TIMEOUT);
        StepVerifier.create(engine.answer(bob, id, CandidateAnswer.of(STRONG_CONFLICT))).expectError(NotFoundException.class).verify(TIMEOUT);
        StepVerifier.create(engine.turns(bob, id)).expectError(NotFoundException.class).verify(TIMEOUT);
        StepVerifier.create(engine.delete(bob, id)).expectNext(false).expectComplete().verify(TIMEOUT);
        assertThat(turns(id)).hasSize(1);
    }

    @Test
    void unknownSessionIsNotFound() {
        StepVerifier.create(engine.start(alice, UUID.randomUUID())).expectError(NotFoundException.class).verify(TIMEOUT);
    }

    @Test
    void badAnswersAreRejectedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> CandidateAnswer.of("  ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("answer");
        assertThatThrownBy(() -> CandidateAnswer.of("x".repeat(CandidateAnswer.MAX_TEXT_CHARS + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("20000");
        assertThatThrownBy(() -> new CandidateAnswer("my solution", "print(1)", "cobol", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("language");
        assertThatThrownBy(() -> new CandidateAnswer("fine", null, null, Duration.ofSeconds(-1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("duration");
        assertThatThrownBy(() -> engine.create(alice, new NewInterview(InterviewMode.HR, null, "x".repeat(200), null, null))
                .block(TIMEOUT)).isInstanceOf(InvalidInputException.class).hasMessageContaining("targetCompany");
        StepVerifier.create(engine.answer(alice, started(InterviewMode.HR).session().id(), null))
                .expectError(InvalidInputException.class).verify(TIMEOUT);
    }

    @Test
    void publishesEventsInOrderAndCompletesWithTheSession() {
        InterviewSession session = created(InterviewMode.HR);
        UUID id = session.id();
        Flux<InterviewEvent> events = engine.events(alice, id);
        StepVerifier.create(events)
                .then(() -> engine.start(alice, id).block(TIMEOUT))
                .expectNextMatches(e -> e instanceof InterviewEvent.StatusChanged s && s.to() == SessionStatus.IN_PROGRESS)
                .expectNextMatches(e -> e instanceof InterviewEvent.InterviewerSpoke s && s.turn().kind() == TurnKind.QUESTION)
                .then(() -> engine.answer(alice, id, CandidateAnswer.of("I love building tools for developers like me.")).block(TIMEOUT))
                .expectNextMatches(e -> e instanceof InterviewEvent.AnswerReceived)
                .expectNextMatches(e -> e instanceof InterviewEvent.FeedbackGiven f && f.evaluation().overallScore() >= 0)
                .expectNextMatches(e -> e instanceof InterviewEvent.InterviewerSpoke)
                .then(() -> engine.complete(alice, id).block(TIMEOUT))
                .expectNextMatches(e -> e instanceof InterviewEvent.StatusChanged s && s.to() == SessionStatus.COMPLETED)
                .expectNextMatches(e -> e instanceof InterviewEvent.InterviewerSpoke s && s.turn().kind() == TurnKind.SUMMARY)
                .expectNextMatches(e -> e instanceof InterviewEvent.ReportReady)
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void eventsOfAnotherUsersSessionAreRefused() {
        InterviewSession session = created(InterviewMode.HR);
        StepVerifier.create(engine.events(bob, session.id())).expectError(NotFoundException.class).verify(TIMEOUT);
    }

    @Test
    void deleteRemovesTheSessionAndItsTurns() {
        UUID id = started(InterviewMode.HR).session().id();
        assertThat(engine.delete(alice, id).block(TIMEOUT)).isTrue();
        StepVerifier.create(engine.get(alice, id)).expectError(NotFoundException.class).verify(TIMEOUT);
    }
}
