package dev.maangtracker.app.time;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The UTC system clock, unless another {@link Clock} bean is defined (tests define one). */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** The system clock in UTC. */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
