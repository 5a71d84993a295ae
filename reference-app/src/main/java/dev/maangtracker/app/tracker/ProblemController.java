package dev.maangtracker.app.tracker;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's status on and attempts at roadmap problems. */
@RestController
@RequestMapping("/api/v1/problems/{slug}")
@Tag(name = "practice", description = "Problem statuses, attempts, weaknesses, plan and reviews")
public class ProblemController {

    private final PracticeService practice;

    /** @param practice the tracker service */
    public ProblemController(PracticeService practice) {
        this.practice = practice;
    }

    /** Sets the caller's status; 404 for an unknown problem, 409 for a status below the recorded one. */
    @PutMapping("/status")
    @Operation(summary = "Set the caller's status on a problem")
    public Mono<ProblemView> setStatus(@AuthenticationPrincipal Jwt token, @PathVariable String slug,
                                       @Valid @RequestBody StatusRequest request) {
        return practice.setStatus(UUID.fromString(token.getSubject()), slug, request.status());
    }

    /** Records an attempt made now: progress, streak, weakness evidence and the review schedule follow. */
    @PostMapping("/attempts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an attempt at a problem")
    public Mono<AttemptView> attempt(@AuthenticationPrincipal Jwt token, @PathVariable String slug,
                                     @Valid @RequestBody AttemptRequest request) {
        return practice.recordAttempt(UUID.fromString(token.getSubject()), slug, request);
    }
}
