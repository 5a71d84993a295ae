package dev.maangtracker.app.judge;

import dev.maangtracker.boot.judge.MaangJudgeAutoConfiguration;
import dev.maangtracker.core.interview.CodeCheck;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.question.QuestionBank;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The interview engine's code check, over the same judge the starter would pick (the primary one,
 * a queue in front of the sandbox in full mode, else the one named {@code codeJudge}) wrapped so
 * that the answer endpoint can show each test's verdict. Replaces the starter's {@link CodeCheck}
 * bean, which backs off.
 */
@Configuration(proxyBeanMethods = false)
public class JudgeConfiguration {

    /** The engine's code check, recording results for the request that caused them. */
    @Bean
    public CodeCheck recordingCodeCheck(ObjectProvider<CodeJudge> judges,
            @Qualifier(MaangJudgeAutoConfiguration.BEAN) ObjectProvider<CodeJudge> named, QuestionBank bank) {
        CodeJudge judge = judges.getIfUnique(named::getIfAvailable);
        return judge == null ? CodeCheck.none() : CodeCheck.of(new RecordingCodeJudge(judge), bank);
    }
}
