package dev.maangtracker.boot.judge;

import dev.maangtracker.boot.metrics.MeteredCodeJudge;
import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.boot.startup.ComponentChoices;
import dev.maangtracker.core.judge.CodeSubmissionRepository;
import dev.maangtracker.core.judge.InMemoryCodeSubmissionRepository;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.SandboxJudge;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@link CodeJudge} bean named {@value #BEAN}: the SDK's {@link SandboxJudge} (closed with the
 * context). When the sandbox cannot be set up the judge reports itself unavailable and the engine
 * evaluates code answers without running them; code never runs outside the sandbox. A queue in
 * front of it (Redis) wraps this bean by name, so the condition is on the name, not the type: an
 * application replaces the judge by defining a bean named {@value #BEAN}.
 */
@AutoConfiguration(afterName = {
        "dev.maangtracker.boot.storage.MaangStorageAutoConfiguration",
        "dev.maangtracker.boot.redis.MaangRedisAutoConfiguration",
        "dev.maangtracker.boot.model.MaangModelAutoConfiguration"})
@EnableConfigurationProperties(JudgeProperties.class)
public final class MaangJudgeAutoConfiguration {

    /** The judge's bean name. */
    public static final String BEAN = "codeJudge";
    /** The component's name in the start-up table. */
    public static final String COMPONENT = "code judge";

    /** The sandbox judge, or a disabled one when {@code maang.judge.enabled=false}. */
    @Bean(name = BEAN)
    @ConditionalOnMissingBean(name = BEAN)
    public CodeJudge codeJudge(JudgeProperties properties) {
        if (!properties.isEnabled()) {
            return new DisabledCodeJudge();
        }
        return SandboxJudge.create(properties.toSettings());
    }

    /** Judged submissions in memory, unless full mode or the application stores them elsewhere. */
    @Bean
    @ConditionalOnMissingBean
    public CodeSubmissionRepository maangCodeSubmissionRepository() {
        return new InMemoryCodeSubmissionRepository();
    }

    /** Where judged submissions are kept, for the start-up table. */
    @Bean
    public ComponentChoice maangCodeSubmissionStorageChoice(CodeSubmissionRepository repository) {
        return ComponentChoices.describe("code submission storage", repository,
                InMemoryCodeSubmissionRepository.class, "in-memory", "no other CodeSubmissionRepository bean");
    }

    /** Whether the judge runs code, for the start-up table. */
    @Bean
    public ComponentChoice maangCodeJudgeChoice(@Qualifier(BEAN) CodeJudge judge) {
        return choice(judge);
    }

    static ComponentChoice choice(CodeJudge metered) {
        CodeJudge judge = MeteredCodeJudge.unwrap(metered);
        JudgeAvailability availability = judge.availability();
        String type = judge.getClass().getSimpleName();
        if (!availability.available()) {
            return new ComponentChoice(COMPONENT, "unavailable: " + availability.reason().orElse(""),
                    type + "; code answers are evaluated without execution");
        }
        String label = judge instanceof SandboxJudge ? "sandbox judge (bubblewrap, cgroups)" : type;
        return new ComponentChoice(COMPONENT, label, missingLanguages(availability.languages()));
    }

    private static String missingLanguages(Map<?, String> missing) {
        if (missing.isEmpty()) {
            return "every language can run";
        }
        return missing.entrySet().stream()
                .map(e -> e.getKey().toString().toLowerCase(Locale.ROOT) + " unavailable: " + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
