package dev.maangtracker.app.judge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /api/v1/judge}: run code on a problem's visible tests, outside any interview. */
@RestController
@RequestMapping("/api/v1/judge")
@Tag(name = "judge", description = "Running code in the sandbox")
public class JudgeController {

    private final JudgeService judge;

    /** @param judge runs and stores submissions */
    public JudgeController(JudgeService judge) {
        this.judge = judge;
    }

    /** The verdict of each visible test; 404 unknown problem, 400 unknown language, 503 judge unavailable or busy. */
    @PostMapping("/run")
    @Operation(summary = "Run code on a problem's visible tests")
    public Mono<JudgeRunResponse> run(@AuthenticationPrincipal Jwt token, @Valid @RequestBody JudgeRunRequest request) {
        return judge.run(UUID.fromString(token.getSubject()), request);
    }
}
