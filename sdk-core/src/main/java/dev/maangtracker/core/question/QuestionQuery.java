package dev.maangtracker.core.question;

import java.util.Objects;
import java.util.Optional;

/**
 * Criteria for picking questions from a {@link QuestionBank}. Every criterion is optional; a question matches when it
 * meets all criteria that are set. A criterion that a kind of question does not carry matches none of that kind:
 * a topic matches only coding problems and system design prompts (through their topics), a competency only
 * behavioral and HR questions. Immutable and thread-safe.
 */
public final class QuestionQuery {

    private static final QuestionQuery ALL = new Builder().build();

    private final InterviewMode mode;
    private final Difficulty difficulty;
    private final String topic;
    private final String competency;

    private QuestionQuery(Builder builder) {
        this.mode = builder.mode;
        this.difficulty = builder.difficulty;
        this.topic = builder.topic;
        this.competency = builder.competency;
    }

    /** A query without criteria: every question matches. */
    public static QuestionQuery all() {
        return ALL;
    }

    /** A builder with no criteria set. */
    public static Builder builder() {
        return new Builder();
    }

    /** The interview mode a question must belong to, if set. */
    public Optional<InterviewMode> mode() {
        return Optional.ofNullable(mode);
    }

    /** The difficulty a question must have, if set. */
    public Optional<Difficulty> difficulty() {
        return Optional.ofNullable(difficulty);
    }

    /** A topic slug the question's topics must include, if set. */
    public Optional<String> topic() {
        return Optional.ofNullable(topic);
    }

    /** The competency slug a behavioral or HR question must probe, if set. */
    public Optional<String> competency() {
        return Optional.ofNullable(competency);
    }

    /**
     * Whether the question meets every criterion that is set.
     *
     * @throws dev.maangtracker.core.error.InvalidInputException if {@code question} is null
     */
    public boolean matches(Question question) {
        Fields.required("question", question);
        if (mode != null && question.mode() != mode) {
            return false;
        }
        if (difficulty != null && question.difficulty() != difficulty) {
            return false;
        }
        if (topic != null) {
            boolean hasTopic = question instanceof CodingProblem problem ? problem.topics().contains(topic)
                    : question instanceof SystemDesignPrompt prompt && prompt.topics().contains(topic);
            if (!hasTopic) {
                return false;
            }
        }
        return competency == null
                || question instanceof BehavioralQuestion behavioral && behavioral.competency().equals(competency);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuestionQuery that && mode == that.mode && difficulty == that.difficulty
                && Objects.equals(topic, that.topic) && Objects.equals(competency, that.competency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, difficulty, topic, competency);
    }

    @Override
    public String toString() {
        return "QuestionQuery[mode=" + mode + ", difficulty=" + difficulty + ", topic=" + topic + ", competency="
                + competency + "]";
    }

    /** Collects criteria; {@code null} clears a criterion. Not thread-safe; the built query is. */
    public static final class Builder {

        private InterviewMode mode;
        private Difficulty difficulty;
        private String topic;
        private String competency;

        private Builder() {
        }

        /** Keeps only questions of this interview mode. */
        public Builder mode(InterviewMode mode) {
            this.mode = mode;
            return this;
        }

        /** Keeps only questions of this difficulty. */
        public Builder difficulty(Difficulty difficulty) {
            this.difficulty = difficulty;
            return this;
        }

        /** Keeps only coding problems and system design prompts whose topics include this slug. */
        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        /** Keeps only behavioral and HR questions that probe this competency slug. */
        public Builder competency(String competency) {
            this.competency = competency;
            return this;
        }

        /**
         * Builds the query.
         *
         * @throws dev.maangtracker.core.error.InvalidInputException if the topic or competency is not a kebab-case
         *         slug of at most {@link QuestionLimits#MAX_SLUG_LENGTH} characters
         */
        public QuestionQuery build() {
            if (topic != null) {
                Fields.slug("topic", topic, QuestionLimits.MAX_SLUG_LENGTH);
            }
            if (competency != null) {
                Fields.slug("competency", competency, QuestionLimits.MAX_SLUG_LENGTH);
            }
            return new QuestionQuery(this);
        }
    }
}
