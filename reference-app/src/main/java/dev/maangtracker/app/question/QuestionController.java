package dev.maangtracker.app.question;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.question.Difficulty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /api/v1/questions}: browse the bank by type, or get one question picked for the caller. */
@RestController
@RequestMapping("/api/v1/questions")
@Tag(name = "questions", description = "The question bank's public side")
public class QuestionController {

    /** Largest page. */
    static final int MAX_LIMIT = 100;

    private final QuestionService questions;

    /** @param questions the catalog reader */
    public QuestionController(QuestionService questions) {
        this.questions = questions;
    }

    /** A page of the questions of a type, optionally of one difficulty. */
    @GetMapping("/by-type/{type}")
    @Operation(summary = "Questions of one interview type (public fields only)")
    public QuestionPage byType(
            @Parameter(description = "CODING, SYSTEM_DESIGN, BEHAVIORAL or HR") @PathVariable String type,
            @Parameter(description = "EASY, MEDIUM or HARD") @RequestParam(required = false) String difficulty,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_LIMIT) int limit) {
        return questions.page(InterviewType.parse("type", type), difficulty(difficulty), offset, limit);
    }

    /** One question of the type, picked for the caller's weaknesses (phrased by the model when one is set). */
    @GetMapping("/generate")
    @Operation(summary = "A question picked (and, with a model, phrased) for the caller")
    public Mono<GeneratedQuestion> generate(@AuthenticationPrincipal Jwt token,
            @Parameter(description = "CODING, SYSTEM_DESIGN, BEHAVIORAL or HR") @RequestParam String type,
            @Parameter(description = "EASY, MEDIUM or HARD") @RequestParam(required = false) String difficulty) {
        InterviewType parsed = InterviewType.parse("type", type);
        return questions.pick(UUID.fromString(token.getSubject()), parsed, difficulty(difficulty));
    }

    /** The difficulty named by the parameter, in any case; {@code null} when absent. */
    private static Difficulty difficulty(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Difficulty difficulty : Difficulty.values()) {
            if (difficulty.name().equalsIgnoreCase(value.strip())) {
                return difficulty;
            }
        }
        throw InvalidInputException.of("difficulty", "must be one of " + Arrays.toString(Difficulty.values()));
    }
}
