package dev.maangtracker.app.tracker;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** What the caller should practise: weaknesses, today's plan and due reviews. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "practice", description = "Problem statuses, attempts, weaknesses, plan and reviews")
public class PracticeController {

    private final PracticeService practice;

    /** @param practice the tracker service */
    public PracticeController(PracticeService practice) {
        this.practice = practice;
    }

    /** The caller's weaknesses with severity, confidence, evidence and recommendations. */
    @GetMapping("/weaknesses")
    @Operation(summary = "The caller's weaknesses, open ones first")
    public Mono<List<WeaknessView>> weaknesses(@AuthenticationPrincipal Jwt token) {
        return practice.weaknesses(UUID.fromString(token.getSubject()));
    }

    /** Today's plan: {@code items} 1–50 (default 5), {@code minutes} 1–1440 (default 120). */
    @GetMapping("/plan")
    @Operation(summary = "Today's practice plan")
    public Mono<PlanView> plan(@AuthenticationPrincipal Jwt token,
                               @RequestParam(required = false) Integer items,
                               @RequestParam(required = false) Integer minutes) {
        return practice.plan(UUID.fromString(token.getSubject()), items, minutes);
    }

    /** The caller's review items due now, most overdue first. */
    @GetMapping("/reviews/due")
    @Operation(summary = "Review items due now")
    public Mono<List<ReviewView>> dueReviews(@AuthenticationPrincipal Jwt token) {
        return practice.dueReviews(UUID.fromString(token.getSubject()));
    }
}
