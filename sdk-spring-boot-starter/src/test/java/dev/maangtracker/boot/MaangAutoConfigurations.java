package dev.maangtracker.boot;

import dev.maangtracker.boot.embedding.MaangEmbeddingAutoConfiguration;
import dev.maangtracker.boot.interview.MaangInterviewAutoConfiguration;
import dev.maangtracker.boot.judge.MaangJudgeAutoConfiguration;
import dev.maangtracker.boot.question.MaangQuestionAutoConfiguration;
import dev.maangtracker.boot.rag.MaangRagAutoConfiguration;
import dev.maangtracker.boot.startup.MaangStartupAutoConfiguration;
import dev.maangtracker.boot.tracker.MaangTrackerAutoConfiguration;
import dev.maangtracker.boot.user.MaangUserAutoConfiguration;
import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.core.embedding.HashingEmbedder;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter's core auto-configurations in an {@link ApplicationContextRunner}, as a Boot application gets them. */
public final class MaangAutoConfigurations {

    private MaangAutoConfigurations() {
    }

    /** Every core auto-configuration of the starter. */
    public static AutoConfigurations all() {
        return AutoConfigurations.of(MaangStartupAutoConfiguration.class, MaangEmbeddingAutoConfiguration.class,
                MaangQuestionAutoConfiguration.class, MaangJudgeAutoConfiguration.class,
                MaangUserAutoConfiguration.class, MaangRagAutoConfiguration.class, MaangTrackerAutoConfiguration.class,
                MaangInterviewAutoConfiguration.class);
    }

    /** The embedded default exactly as shipped: the local MiniLM model and the sandbox judge. */
    public static ApplicationContextRunner shipped() {
        return new ApplicationContextRunner().withConfiguration(all());
    }

    /**
     * The embedded default with a hashing embedder (no 90 MB model to load) and the judge switched off
     * (no sandbox to set up): for tests about everything else.
     */
    public static ApplicationContextRunner light() {
        return shipped().withBean(Embedder.class, () -> new HashingEmbedder(HashingEmbedder.DEFAULT_DIMENSIONS))
                .withPropertyValues("maang.judge.enabled=false");
    }
}
