package dev.maangtracker.app.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's analytics. */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "analytics", description = "Dashboard, progress over time and interview history")
public class AnalyticsController {

    private final AnalyticsService analytics;

    /** @param analytics the analytics service */
    public AnalyticsController(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    /** Progress per topic, streak, recent interviews, weaknesses and today's plan. */
    @GetMapping("/dashboard")
    @Operation(summary = "The caller's dashboard")
    public Mono<DashboardView> dashboard(@AuthenticationPrincipal Jwt token) {
        return analytics.dashboard(UUID.fromString(token.getSubject()));
    }

    /** Progress per difficulty and topic, and practice per day. */
    @GetMapping("/progress")
    @Operation(summary = "The caller's progress per difficulty and over time")
    public Mono<ProgressAnalyticsView> progress(@AuthenticationPrincipal Jwt token) {
        return analytics.progress(UUID.fromString(token.getSubject()));
    }

    /** Interview history with the trend of each score. */
    @GetMapping("/history")
    @Operation(summary = "The caller's interview history with score trends")
    public Mono<HistoryView> history(@AuthenticationPrincipal Jwt token) {
        return analytics.history(UUID.fromString(token.getSubject()));
    }
}
