package dev.maangtracker.boot.question;

import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.core.interview.BankQuestionCatalog;
import dev.maangtracker.core.interview.QuestionCatalog;
import dev.maangtracker.core.question.QuestionBank;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The {@link QuestionBank} (shipped, plus {@code maang.questions.files}) and the catalog interviews draw from. */
@AutoConfiguration(afterName = {
        "dev.maangtracker.boot.storage.MaangStorageAutoConfiguration",
        "dev.maangtracker.boot.redis.MaangRedisAutoConfiguration",
        "dev.maangtracker.boot.model.MaangModelAutoConfiguration"})
@EnableConfigurationProperties(QuestionProperties.class)
public final class MaangQuestionAutoConfiguration {

    /** The component's name in the start-up table. */
    public static final String COMPONENT = "question bank";

    /** The shipped bank with the configured files merged on top. */
    @Bean
    @ConditionalOnMissingBean
    public QuestionBank maangQuestionBank(QuestionProperties properties) {
        return properties.getFiles().isEmpty() ? QuestionBank.loadDefault() : QuestionBank.load(properties.getFiles());
    }

    /** The bank's questions as the interview engine reads them. */
    @Bean
    @ConditionalOnMissingBean
    public QuestionCatalog maangQuestionCatalog(QuestionBank bank) {
        return BankQuestionCatalog.of(bank);
    }

    /** How many questions the bank holds, for the start-up table. */
    @Bean
    public ComponentChoice maangQuestionBankChoice(QuestionBank bank, QuestionProperties properties) {
        String size = bank.codingProblems().size() + " coding, " + bank.systemDesignPrompts().size()
                + " system design, " + bank.behavioralQuestions().size() + " behavioral";
        String source = properties.getFiles().isEmpty() ? "shipped bank" : "shipped bank + " + properties.getFiles();
        return new ComponentChoice(COMPONENT, source, size);
    }
}
