package dev.maangtracker.app.question;

import dev.maangtracker.core.candidate.CandidateContext;
import dev.maangtracker.core.interview.AskedQuestion;
import dev.maangtracker.core.interview.InterviewQuestion;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.Interviewer;
import dev.maangtracker.core.interview.QuestionCatalog;
import dev.maangtracker.core.interview.QuestionRequest;
import dev.maangtracker.core.interview.RubricInterviewer;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.QuestionBank;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Reads the question catalog the interview engine draws from, and picks a question for a user the
 * way the engine does: the main interviewer (the language model's, when one is configured) picks
 * and phrases it, steered by the user's weaknesses; the offline rubric interviewer when there is no
 * model or it fails.
 */
@Service
public class QuestionService {

    /** Weaknesses considered when picking, most pressing first (as the engine does). */
    static final int WEAKNESSES = 20;
    /** Past answers handed to the interviewer for phrasing. */
    static final int MEMORIES = 5;
    /** How long the main interviewer may take before the offline one picks instead. */
    static final Duration PICK_TIMEOUT = Duration.ofSeconds(20);
    /** Time limit of the throwaway session a pick is made for; not shown anywhere. */
    private static final Duration NOMINAL_LIMIT = Duration.ofMinutes(45);

    private final QuestionCatalog catalog;
    private final QuestionBank bank;
    private final CandidateContext candidates;
    private final RubricInterviewer fallback;
    private final Interviewer interviewer;
    private final Clock clock;

    /**
     * @param catalog      the engine's catalog
     * @param bank         the bank, for coding problems' public details
     * @param candidates   the user's weaknesses and memories
     * @param fallback     the offline interviewer
     * @param interviewers every interviewer bean; the first that is not the fallback asks
     * @param clock        the application's clock
     */
    public QuestionService(QuestionCatalog catalog, QuestionBank bank, CandidateContext candidates,
            RubricInterviewer fallback, ObjectProvider<Interviewer> interviewers, Clock clock) {
        this.catalog = catalog;
        this.bank = bank;
        this.candidates = candidates;
        this.fallback = fallback;
        this.interviewer = interviewers.orderedStream().filter(candidate -> candidate != fallback).findFirst()
                .orElse(fallback);
        this.clock = clock;
    }

    /** A page of the questions of a type, optionally of one difficulty, in the catalog's stable order. */
    public QuestionPage page(InterviewType type, Difficulty difficulty, int offset, int limit) {
        List<InterviewQuestion> matching = catalog.byMode(type.mode()).stream()
                .filter(question -> difficulty == null || question.difficulty() == difficulty).toList();
        List<QuestionView> items = matching.stream().skip(offset).limit(limit)
                .map(question -> QuestionView.of(question, question.text(), codingDetails(question.id())))
                .toList();
        return new QuestionPage(type, matching.size(), offset, limit, items);
    }

    /** The public coding details of a question, or {@code null} when it is not a coding problem. */
    public CodingDetails codingDetails(String questionId) {
        return questionId == null ? null : bank.findCodingProblem(questionId).map(CodingDetails::of).orElse(null);
    }

    /** One question of the type picked for the user; MEDIUM when no difficulty is given. */
    public Mono<GeneratedQuestion> pick(UUID userId, InterviewType type, Difficulty difficulty) {
        InterviewSession draft = InterviewSession.create(UUID.randomUUID(), userId, type.mode(),
                difficulty == null ? Difficulty.MEDIUM : difficulty, null, null, NOMINAL_LIMIT, clock.instant());
        String query = type.mode() + " interview";
        return Mono.zip(candidates.weaknesses(userId).take(WEAKNESSES).collectList(),
                        candidates.relevantMemories(userId, query, MEMORIES).collectList())
                .map(t -> new QuestionRequest(draft, t.getT1(), t.getT2()))
                .flatMap(request -> ask(interviewer, request)
                        .onErrorResume(error -> interviewer != fallback, error -> ask(fallback, request)));
    }

    private Mono<GeneratedQuestion> ask(Interviewer asking, QuestionRequest request) {
        Mono<AskedQuestion> asked = asking.nextQuestion(request);
        if (asking != fallback) {
            asked = asked.timeout(PICK_TIMEOUT);
        }
        return asked.map(question -> new GeneratedQuestion(QuestionView.of(question.question(), question.text(),
                codingDetails(question.question().id())), asking.name()));
    }
}
