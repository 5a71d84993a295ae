package dev.maangtracker.app.interview;

import dev.maangtracker.core.interview.InterviewRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/interviews}: the caller's mock interviews. Every path with an id answers 404 for an
 * interview that is not the caller's, exactly as for one that does not exist.
 */
@RestController
@RequestMapping("/api/v1/interviews")
@Tag(name = "interviews", description = "Mock interviews: create, start, answer, hint, pause, resume, complete")
public class InterviewController {

    /** Interviews listed when no limit is given. */
    static final int DEFAULT_LIMIT = 20;

    private final InterviewService interviews;

    /** @param interviews the interview logic */
    public InterviewController(InterviewService interviews) {
        this.interviews = interviews;
    }

    /** 201 with the new interview and its {@code Location}. */
    @PostMapping
    @Operation(summary = "Create an interview")
    public Mono<ResponseEntity<InterviewView>> create(@AuthenticationPrincipal Jwt token,
            @Valid @RequestBody CreateInterviewRequest request) {
        return interviews.create(caller(token), request).map(created -> ResponseEntity
                .created(URI.create("/api/v1/interviews/" + created.id())).body(created));
    }

    /** The caller's interviews, newest first. */
    @GetMapping
    @Operation(summary = "The caller's interviews, newest first")
    public Flux<InterviewView> list(@AuthenticationPrincipal Jwt token,
            @RequestParam(defaultValue = "" + DEFAULT_LIMIT) @Min(1) @Max(InterviewRepository.MAX_LIST_LIMIT) int limit) {
        return interviews.list(caller(token), limit);
    }

    /** One interview. */
    @GetMapping("/{id}")
    @Operation(summary = "One interview")
    public Mono<InterviewView> get(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return interviews.get(caller(token), id);
    }

    /** 204; the interview and its transcript are gone. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an interview and its transcript")
    public Mono<Void> delete(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return interviews.delete(caller(token), id);
    }

    /** The first question; CREATED → IN_PROGRESS. */
    @PostMapping("/{id}/start")
    @Operation(summary = "Start: ask the first question")
    public Mono<StepResponse> start(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return interviews.start(caller(token), id);
    }

    /** Feedback, scores, analytics, verdicts for code, and the next question or follow-up. */
    @PostMapping("/{id}/answer")
    @Operation(summary = "Answer the current question")
    public Mono<AnswerResponse> answer(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
            @Valid @RequestBody AnswerRequest request) {
        return interviews.answer(caller(token), id, request);
    }

    /** The next hint on the current question. */
    @PostMapping("/{id}/hint")
    @Operation(summary = "Ask for a hint (costs points)")
    public Mono<HintResponse> hint(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return interviews.hint(caller(token), id);
    }

    /** IN_PROGRESS → PAUSED; the question clock stops. */
    @PostMapping("/{id}/pause")
    @Operation(summary = "Pause")
    public Mono<InterviewView> pause(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return interviews.pause(caller(token), id);
    }

    /** PAUSED → IN_PROGRESS. */
    @PostMapping("/{id}/resume")
    @Operation(summary = "Resume")
    public Mono<InterviewView> resume(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return interviews.resume(caller(token), id);
    }

    /** The report; IN_PROGRESS or PAUSED → COMPLETED. */
    @PostMapping("/{id}/complete")
    @Operation(summary = "Complete: end the interview with its report")
    public Mono<CompleteResponse> complete(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return interviews.complete(caller(token), id);
    }

    /** The report of a completed interview; 409 before it is completed. */
    @GetMapping("/{id}/report")
    @Operation(summary = "The report of a completed interview (409 until completed)")
    public Mono<ReportView> report(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return interviews.report(caller(token), id);
    }

    /** The transcript in order. */
    @GetMapping("/{id}/turns")
    @Operation(summary = "The transcript")
    public Flux<TurnView> turns(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return interviews.turns(caller(token), id);
    }

    private static UUID caller(Jwt token) {
        return UUID.fromString(token.getSubject());
    }
}
