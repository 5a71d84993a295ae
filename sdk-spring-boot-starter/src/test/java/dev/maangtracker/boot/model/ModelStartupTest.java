package dev.maangtracker.boot.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.core.llm.LanguageModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * A whole application start with every auto-configuration on the starter's classpath, as the
 * compose file runs it without a key: the registered environment post-processor keeps Spring AI's
 * Gemini auto-configuration from failing, and interviews run offline.
 */
class ModelStartupTest {

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {
    }

    @Test
    void startsWithAnEmptyGeminiKeyAndChoosesTheOfflineInterviewer() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
                .web(WebApplicationType.NONE)
                .properties("spring.ai.google.genai.api-key=", "spring.main.banner-mode=off")
                .run()) {
            assertThat(context.getBeansOfType(ChatModel.class)).isEmpty();
            assertThat(context.getBeansOfType(LanguageModel.class)).isEmpty();
            assertThat(context.getBean("languageModelComponentChoice", ComponentChoice.class).implementation())
                    .isEqualTo(MaangModelAutoConfiguration.OFFLINE);
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void explainsAnInvalidSettingInsteadOfPrintingAStack(CapturedOutput output) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(App.class)
                .web(WebApplicationType.NONE)
                .properties("spring.ai.google.genai.api-key=some-key", "maang.model.retry.max-attempts=0",
                        "spring.main.banner-mode=off");

        assertThatThrownBy(application::run).isInstanceOf(RuntimeException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("maang.model.retry.max-attempts must be between 1 and 10 (was 0)");
    }

    @Test
    void startsWithAKeyAndWiresTheGuardedGeminiModel() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
                .web(WebApplicationType.NONE)
                .properties("spring.ai.google.genai.api-key=some-key", "spring.main.banner-mode=off")
                .run()) {
            assertThat(context.getBean(LanguageModel.class)).isInstanceOf(ResilientLanguageModel.class);
            assertThat(context.getBean(LanguageModel.class).name()).isEqualTo("gemini-2.5-flash");
        }
    }
}
