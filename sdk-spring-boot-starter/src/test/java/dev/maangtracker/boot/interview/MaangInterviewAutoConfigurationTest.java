package dev.maangtracker.boot.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.MaangAutoConfigurations;
import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.boot.startup.ComponentChoices;
import dev.maangtracker.boot.startup.ComponentReport;
import dev.maangtracker.core.analytics.AnswerAnalyzer;
import dev.maangtracker.core.candidate.CandidateContext;
import dev.maangtracker.core.candidate.InMemoryCandidateContext;
import dev.maangtracker.core.embedding.HashingEmbedder;
import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.interview.BankQuestionCatalog;
import dev.maangtracker.core.interview.InMemoryInterviewRepository;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.InterviewRepository;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.InterviewStep;
import dev.maangtracker.core.interview.Interviewer;
import dev.maangtracker.core.interview.LlmInterviewer;
import dev.maangtracker.core.interview.NewInterview;
import dev.maangtracker.core.interview.RubricInterviewer;
import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.llm.LanguageModel;
import dev.maangtracker.core.llm.Prompt;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.core.question.QuestionBank;
import dev.maangtracker.tracker.weakness.TrackerCandidateContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class MaangInterviewAutoConfigurationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ApplicationContextRunner runner = MaangAutoConfigurations.light();

    @Test
    void embeddedDefaultRunsAnInterviewInMemoryWithTheRubricInterviewer() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(InterviewEngine.class);
            assertThat(context.getBean(InterviewRepository.class)).isInstanceOf(InMemoryInterviewRepository.class);
            assertThat(context.getBean(CandidateContext.class)).isInstanceOf(TrackerCandidateContext.class);
            assertThat(context.getBeansOfType(Interviewer.class)).hasSize(1)
                    .allSatisfy((name, bean) -> assertThat(bean).isInstanceOf(RubricInterviewer.class));
            assertThat(row(context.getBean(ComponentReport.class), "interviewer"))
                    .isEqualTo(new ComponentChoice("interviewer", "rubric interviewer (offline)",
                            "no LanguageModel bean"));

            InterviewEngine engine = context.getBean(InterviewEngine.class);
            UUID user = UUID.randomUUID();
            InterviewSession session = engine.create(user, behavioral()).block(TIMEOUT);
            InterviewStep step = engine.start(user, session.id()).block(TIMEOUT);
            assertThat(step.interviewerTurn()).get().extracting(t -> t.producedBy()).asString().contains("rubric");
            assertThat(context.getBean(InterviewRepository.class).turns(user, session.id()).collectList()
                    .block(TIMEOUT)).isNotEmpty();
        });
    }

    @Test
    void languageModelBeanPutsTheLlmInterviewerInFrontOfTheRubricFallback() {
        runner.withBean(LanguageModel.class, FakeModel::new).run(context -> {
            assertThat(context.getBean(MaangInterviewAutoConfiguration.INTERVIEWER)).isInstanceOf(LlmInterviewer.class);
            assertThat(context).hasSingleBean(RubricInterviewer.class);
            assertThat(row(context.getBean(ComponentReport.class), "interviewer"))
                    .isEqualTo(new ComponentChoice("interviewer", "llm:fake + rubric fallback", "LanguageModel bean"));
        });
    }

    @Test
    void failingModelFallsBackToTheRubricInterviewerAndTheInterviewGoesOn() {
        runner.withBean(LanguageModel.class, FailingModel::new).run(context -> {
            InterviewEngine engine = context.getBean(InterviewEngine.class);
            UUID user = UUID.randomUUID();
            InterviewSession session = engine.create(user, behavioral()).block(TIMEOUT);
            InterviewStep step = engine.start(user, session.id()).block(TIMEOUT);
            assertThat(step.interviewerTurn()).get().extracting(t -> t.producedBy()).asString().contains("rubric");
        });
    }

    @Test
    void userBeansReplaceTheEmbeddedOnes() {
        InMemoryInterviewRepository repository = new InMemoryInterviewRepository();
        InMemoryCandidateContext candidates = new InMemoryCandidateContext(new HashingEmbedder(64));
        runner.withBean("myRepository", InterviewRepository.class, () -> repository)
                .withBean("myCandidates", CandidateContext.class, () -> candidates)
                .run(context -> {
                    assertThat(context).getBean(InterviewRepository.class).isSameAs(repository);
                    assertThat(context).getBean(CandidateContext.class).isSameAs(candidates);
                    assertThat(context).hasSingleBean(InterviewEngine.class);
                });
    }

    @Test
    void userInterviewerReplacesTheLlmOneEvenWithAModel() {
        runner.withBean(LanguageModel.class, FakeModel::new)
                .withBean("myInterviewer", Interviewer.class, () -> new LlmInterviewer(new FakeModel(),
                        BankQuestionCatalog.of(QuestionBank.loadDefault()), Clock.systemUTC()))
                .run(context -> {
                    assertThat(context).doesNotHaveBean(MaangInterviewAutoConfiguration.INTERVIEWER);
                    assertThat(context.getBeansOfType(Interviewer.class)).containsKeys("myInterviewer");
                });
    }

    @Test
    void bindsEngineSettingsPerModeKeepingTheOtherDefaults() {
        runner.withPropertyValues("maang.interview.questions-per-session.system-design=2",
                "maang.interview.step-timeout=5s").run(context -> {
                    InterviewProperties properties = context.getBean(InterviewProperties.class);
                    assertThat(properties.toSettings().questionsPerSession())
                            .containsEntry(InterviewMode.SYSTEM_DESIGN, 2).containsEntry(InterviewMode.CODING, 2)
                            .containsEntry(InterviewMode.BEHAVIORAL, 3);
                    assertThat(properties.toSettings().stepTimeout()).isEqualTo(Duration.ofSeconds(5));
                });
    }

    @Test
    void bindsTheAnalyticsVocabulary() {
        runner.withPropertyValues("maang.analytics.extra-technologies=Borg,Spanner",
                "maang.analytics.long-sentence-words=40").run(context -> {
                    var settings = context.getBean(AnswerAnalyzer.class).settings();
                    assertThat(settings.extraTechnologies()).containsExactly("Borg", "Spanner");
                    assertThat(settings.longSentenceWords()).isEqualTo(40);
                });
    }

    @Test
    void reportsAUserRepositoryAsProvided() {
        runner.withBean("myRepository", InterviewRepository.class, InMemoryInterviewRepository::new)
                .run(context -> assertThat(row(context.getBean(ComponentReport.class), "interview storage"))
                        .isEqualTo(new ComponentChoice("interview storage", "in-memory",
                                "no other InterviewRepository bean")));
        runner.withBean("myRepository", InterviewRepository.class, SubclassedRepository::new)
                .run(context -> assertThat(row(context.getBean(ComponentReport.class), "interview storage").reason())
                        .isEqualTo(ComponentChoices.PROVIDED));
    }

    static NewInterview behavioral() {
        return NewInterview.of(InterviewMode.BEHAVIORAL, Difficulty.MEDIUM);
    }

    static ComponentChoice row(ComponentReport report, String component) {
        return report.choices().stream().filter(c -> c.component().equals(component)).findFirst().orElseThrow();
    }

    /** A repository that is not the starter's own class. */
    static final class SubclassedRepository implements InterviewRepository {
        private final InMemoryInterviewRepository delegate = new InMemoryInterviewRepository();

        @Override
        public Mono<InterviewSession> create(InterviewSession session) {
            return delegate.create(session);
        }

        @Override
        public Mono<InterviewSession> find(UUID userId, UUID sessionId) {
            return delegate.find(userId, sessionId);
        }

        @Override
        public Flux<InterviewSession> findByUser(UUID userId, int limit) {
            return delegate.findByUser(userId, limit);
        }

        @Override
        public Mono<InterviewSession> commit(InterviewSession next, List<Turn> turns) {
            return delegate.commit(next, turns);
        }

        @Override
        public Flux<Turn> turns(UUID userId, UUID sessionId) {
            return delegate.turns(userId, sessionId);
        }

        @Override
        public Mono<Boolean> delete(UUID userId, UUID sessionId) {
            return delegate.delete(userId, sessionId);
        }
    }

    /** A model that answers nothing useful; only its presence matters here. */
    static final class FakeModel implements LanguageModel {
        @Override
        public String name() {
            return "fake";
        }

        @Override
        public Mono<String> generate(Prompt prompt) {
            return Mono.just("{}");
        }
    }

    /** A model that is always down. */
    static final class FailingModel implements LanguageModel {
        @Override
        public String name() {
            return "down";
        }

        @Override
        public Mono<String> generate(Prompt prompt) {
            return Mono.error(UnavailableException.of("the model",
                    new IllegalStateException("down")));
        }
    }
}
