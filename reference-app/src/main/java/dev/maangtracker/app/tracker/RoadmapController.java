package dev.maangtracker.app.tracker;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The roadmap with the caller's progress. */
@RestController
@RequestMapping("/api/v1/roadmap")
@Tag(name = "roadmap", description = "Topics, prerequisites and the caller's progress")
public class RoadmapController {

    private final PracticeService practice;

    /** @param practice the tracker service */
    public RoadmapController(PracticeService practice) {
        this.practice = practice;
    }

    /** Every topic in prerequisite order with counts and the caller's progress. */
    @GetMapping
    @Operation(summary = "The roadmap with the caller's progress per topic")
    public Mono<RoadmapView> roadmap(@AuthenticationPrincipal Jwt token) {
        return practice.roadmap(UUID.fromString(token.getSubject()));
    }

    /** One topic's problems with the caller's status on each; 404 for an unknown topic. */
    @GetMapping("/topics/{slug}")
    @Operation(summary = "A topic's problems and concepts with the caller's status")
    public Mono<TopicView> topic(@AuthenticationPrincipal Jwt token, @PathVariable String slug) {
        return practice.topic(UUID.fromString(token.getSubject()), slug);
    }
}
