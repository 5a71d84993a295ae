package dev.maangtracker.boot.startup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Registers the {@link ComponentReport} that logs the start-up component table. */
@AutoConfiguration
public final class MaangStartupAutoConfiguration {

    /** The table of every {@link ComponentChoice} in the context. */
    @Bean
    @ConditionalOnMissingBean
    public ComponentReport maangComponentReport(ObjectProvider<ComponentChoice> choices) {
        return new ComponentReport(choices::orderedStream);
    }
}
