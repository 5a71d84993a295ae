package dev.maangtracker.boot.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Meters the judge: every {@code CodeJudge} bean is wrapped by {@link CodeJudgeMetricsPostProcessor}
 * when the context has a {@link MeterRegistry} (Spring Boot's actuator makes one). Retrieval latency
 * and cache lookups are metered by the RAG auto-configuration around the retriever it builds.
 */
@AutoConfiguration
@ConditionalOnClass(MeterRegistry.class)
public final class MaangMetricsAutoConfiguration {

    /** Static: a post-processor must not make its configuration class an early bean. */
    @Bean
    public static CodeJudgeMetricsPostProcessor maangCodeJudgeMetrics(ObjectProvider<MeterRegistry> registries) {
        return new CodeJudgeMetricsPostProcessor(registries);
    }
}
