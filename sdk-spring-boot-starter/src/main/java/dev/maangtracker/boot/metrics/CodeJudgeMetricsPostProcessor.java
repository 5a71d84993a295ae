package dev.maangtracker.boot.metrics;

import dev.maangtracker.core.judge.CodeJudge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps every {@link CodeJudge} bean in a {@link MeteredCodeJudge}, keeping its bean definition: the
 * name (the Redis queue and its worker find the local judge as {@code codeJudge}), qualifiers and
 * {@code @Primary} (the queue's judge stays the one injected by type) are untouched. Each bean is
 * tagged with its own name, so a queue's latency (including the wait) and the sandbox's run time are
 * told apart. Leaves judges alone when there is no {@link MeterRegistry} bean.
 */
public final class CodeJudgeMetricsPostProcessor implements BeanPostProcessor {

    private final ObjectProvider<MeterRegistry> registries;

    /** @param registries the registry, resolved when the first judge is created */
    public CodeJudgeMetricsPostProcessor(ObjectProvider<MeterRegistry> registries) {
        this.registries = registries;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof CodeJudge) || bean instanceof MeteredCodeJudge) {
            return bean;
        }
        MeterRegistry registry = registries.getIfUnique();
        return registry == null ? bean : new MeteredCodeJudge((CodeJudge) bean, registry, beanName);
    }
}
