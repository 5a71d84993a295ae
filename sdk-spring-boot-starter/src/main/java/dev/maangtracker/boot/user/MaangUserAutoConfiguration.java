package dev.maangtracker.boot.user;

import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.boot.startup.ComponentChoices;
import dev.maangtracker.core.user.InMemoryUserAccountRepository;
import dev.maangtracker.core.user.UserAccountRepository;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** User accounts in memory unless a {@link UserAccountRepository} bean exists (R2DBC in full mode). */
@AutoConfiguration(afterName = {
        "dev.maangtracker.boot.storage.MaangStorageAutoConfiguration",
        "dev.maangtracker.boot.redis.MaangRedisAutoConfiguration",
        "dev.maangtracker.boot.model.MaangModelAutoConfiguration"})
public final class MaangUserAutoConfiguration {

    /** Accounts, in memory. */
    @Bean
    @ConditionalOnMissingBean
    public UserAccountRepository maangUserAccountRepository() {
        return new InMemoryUserAccountRepository();
    }

    /** Where accounts are kept, for the start-up table. */
    @Bean
    public ComponentChoice maangUserStorageChoice(UserAccountRepository repository) {
        return ComponentChoices.describe("user storage", repository, InMemoryUserAccountRepository.class, "in-memory",
                "no other UserAccountRepository bean");
    }
}
