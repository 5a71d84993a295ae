package dev.maangtracker.boot.interview;

import dev.maangtracker.core.interview.EngineSettings;
import dev.maangtracker.core.question.InterviewMode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the interview engine paces interviews ({@code maang.interview.*}); defaults from
 * {@link EngineSettings#defaults()}. Per-mode settings are maps keyed by mode ({@code coding},
 * {@code system-design}, {@code behavioral}, {@code hr}); a mode left out keeps its default.
 */
@ConfigurationProperties(prefix = "maang.interview")
@Validated
public class InterviewProperties {

    private static final EngineSettings DEFAULTS = EngineSettings.defaults();

    /** How many main questions an interview of each mode asks, 1 to 20. */
    @NotNull
    private Map<InterviewMode, @NotNull @Min(1) @Max(20) Integer> questionsPerSession =
            new EnumMap<>(DEFAULTS.questionsPerSession());

    /** How many follow-ups one question of each mode may get, 0 to 10. */
    @NotNull
    private Map<InterviewMode, @NotNull @Min(0) @Max(10) Integer> maxFollowUps =
            new EnumMap<>(DEFAULTS.maxFollowUps());

    /** Time allowed per question of each mode before it counts as over time. */
    @NotNull
    private Map<InterviewMode, @NotNull @DurationMin(seconds = 1) Duration> questionTimeLimits =
            new EnumMap<>(DEFAULTS.questionTimeLimits());

    /** How long one interviewer call (a model call) may take before the offline interviewer answers instead. */
    @NotNull
    @DurationMin(millis = 1)
    private Duration stepTimeout = Duration.ofSeconds(45);

    /** Hard cap on the turns stored per session, so no session grows without bound. */
    @Min(4)
    @Max(EngineSettings.MAX_TURNS_PER_SESSION)
    private int maxTurnsPerSession = 120;

    /** The SDK settings these properties describe. */
    public EngineSettings toSettings() {
        return new EngineSettings(questionsPerSession, maxFollowUps, questionTimeLimits, stepTimeout,
                maxTurnsPerSession);
    }

    public Map<InterviewMode, Integer> getQuestionsPerSession() {
        return questionsPerSession;
    }

    public void setQuestionsPerSession(Map<InterviewMode, Integer> questionsPerSession) {
        this.questionsPerSession = questionsPerSession;
    }

    public Map<InterviewMode, Integer> getMaxFollowUps() {
        return maxFollowUps;
    }

    public void setMaxFollowUps(Map<InterviewMode, Integer> maxFollowUps) {
        this.maxFollowUps = maxFollowUps;
    }

    public Map<InterviewMode, Duration> getQuestionTimeLimits() {
        return questionTimeLimits;
    }

    public void setQuestionTimeLimits(Map<InterviewMode, Duration> questionTimeLimits) {
        this.questionTimeLimits = questionTimeLimits;
    }

    public Duration getStepTimeout() {
        return stepTimeout;
    }

    public void setStepTimeout(Duration stepTimeout) {
        this.stepTimeout = stepTimeout;
    }

    public int getMaxTurnsPerSession() {
        return maxTurnsPerSession;
    }

    public void setMaxTurnsPerSession(int maxTurnsPerSession) {
        this.maxTurnsPerSession = maxTurnsPerSession;
    }
}
