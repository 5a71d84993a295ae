package dev.maangtracker.core.interview;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.question.InterviewMode;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the engine paces interviews. Immutable; {@link #defaults()} suits a 30–45 minute mock
 * interview per mode.
 *
 * @param questionsPerSession how many main questions each mode asks
 * @param maxFollowUps        how many follow-ups one question may get, per mode
 * @param questionTimeLimits  default time per question, per mode
 * @param stepTimeout         how long one interviewer call may take before the fallback answers
 * @param maxTurnsPerSession  hard cap on stored turns, so no session grows without bound
 */
public record EngineSettings(Map<InterviewMode, Integer> questionsPerSession, Map<InterviewMode, Integer> maxFollowUps,
                             Map<InterviewMode, Duration> questionTimeLimits, Duration stepTimeout,
                             int maxTurnsPerSession) {

    /** Upper bound for {@link #maxTurnsPerSession()}. */
    public static final int MAX_TURNS_PER_SESSION = 500;

    /** Validates every field; see the component descriptions. */
    public EngineSettings {
        questionsPerSession = complete("questionsPerSession", questionsPerSession, 1, 20);
        maxFollowUps = complete("maxFollowUps", maxFollowUps, 0, 10);
        questionTimeLimits = Map.copyOf(Objects.requireNonNull(questionTimeLimits, "questionTimeLimits"));
        for (InterviewMode mode : InterviewMode.values()) {
            Duration limit = questionTimeLimits.get(mode);
            if (limit == null || limit.isNegative() || limit.isZero()) {
                throw InvalidInputException.of("questionTimeLimits." + mode, "must be a positive duration");
            }
        }
        Objects.requireNonNull(stepTimeout, "stepTimeout");
        if (stepTimeout.isNegative() || stepTimeout.isZero()) {
            throw InvalidInputException.of("stepTimeout", "must be positive");
        }
        if (maxTurnsPerSession < 4 || maxTurnsPerSession > MAX_TURNS_PER_SESSION) {
            throw InvalidInputException.outOfRange("maxTurnsPerSession", maxTurnsPerSession, 4, MAX_TURNS_PER_SESSION);
        }
    }

    /** Coding 2 questions, system design 1 with up to 3 follow-ups, behavioral and HR 3 each. */
    public static EngineSettings defaults() {
        return new EngineSettings(
                Map.of(InterviewMode.CODING, 2, InterviewMode.SYSTEM_DESIGN, 1, InterviewMode.BEHAVIORAL, 3,
                        InterviewMode.HR, 3),
                Map.of(InterviewMode.CODING, 1, InterviewMode.SYSTEM_DESIGN, 3, InterviewMode.BEHAVIORAL, 1,
                        InterviewMode.HR, 1),
                Map.of(InterviewMode.CODING, Duration.ofMinutes(30), InterviewMode.SYSTEM_DESIGN, Duration.ofMinutes(40),
                        InterviewMode.BEHAVIORAL, Duration.ofMinutes(8), InterviewMode.HR, Duration.ofMinutes(5)),
                Duration.ofSeconds(45), 120);
    }

    private static Map<InterviewMode, Integer> complete(String field, Map<InterviewMode, Integer> values, int min, int max) {
        Objects.requireNonNull(values, field);
        Map<InterviewMode, Integer> copy = new EnumMap<>(InterviewMode.class);
        for (InterviewMode mode : InterviewMode.values()) {
            Integer value = values.get(mode);
            if (value == null || value < min || value > max) {
                throw InvalidInputException.outOfRange(field + "." + mode, value == null ? -1 : value, min, max);
            }
            copy.put(mode, value);
        }
        return Map.copyOf(copy);
    }
}
