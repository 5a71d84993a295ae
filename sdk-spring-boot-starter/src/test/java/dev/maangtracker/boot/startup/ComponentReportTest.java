package dev.maangtracker.boot.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.MaangAutoConfigurations;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ComponentReportTest {

    @Test
    void alignsTheColumnsOfEveryRow() {
        ComponentReport report = new ComponentReport(() -> Stream.of(
                new ComponentChoice("memory store", "in-memory", "no R2DBC ConnectionFactory"),
                new ComponentChoice("code judge", "unavailable: bwrap not found", "SandboxJudge")));
        List<String> lines = report.table().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("component    | implementation");
        assertThat(lines.get(1)).matches("-+ \\| -+ \\| -+");
        assertThat(lines.get(2)).isEqualTo("code judge   | unavailable: bwrap not found | SandboxJudge");
        assertThat(lines.get(3)).isEqualTo("memory store | in-memory                    | no R2DBC ConnectionFactory");
    }

    @Test
    void keepsTheFirstChoiceOfAComponentDescribedTwice() {
        ComponentReport report = new ComponentReport(() -> Stream.of(
                new ComponentChoice("interview storage", "R2DBC (PostgreSQL)", "spring.r2dbc.url is set"),
                new ComponentChoice("Interview storage", "in-memory", "no R2DBC repository bean")));
        assertThat(report.choices()).containsExactly(
                new ComponentChoice("interview storage", "R2DBC (PostgreSQL)", "spring.r2dbc.url is set"));
    }

    @Test
    void logsOneTableWhenTheApplicationIsReady(CapturedOutput output) {
        MaangAutoConfigurations.light().run(context -> {
            ComponentReport report = context.getBean(ComponentReport.class);
            report.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context,
                    java.time.Duration.ZERO));
            assertThat(output).contains("Maang Tracker components:\n" + report.table());
        });
    }

    @Test
    void listsEveryComponentOfTheEmbeddedDefault() {
        MaangAutoConfigurations.light().run(context -> {
            assertThat(context.getBean(ComponentReport.class).choices()).extracting(ComponentChoice::component)
                    .containsExactly("activity log storage", "code judge", "code submission storage", "embeddings", "interview storage",
                            "interviewer", "memory store", "progress storage", "question bank", "retrieval cache",
                            "review schedule storage", "roadmap", "user storage",
                            "weakness evidence storage");
            assertThat(context.getBean(ComponentReport.class).choices()).contains(
                    new ComponentChoice("memory store", "in-memory",
                            "no R2DBC ConnectionFactory bean"),
                    new ComponentChoice("retrieval cache", "Caffeine (in process)", "no other RetrievalCache bean"),
                    new ComponentChoice("interviewer", "rubric interviewer (offline)", "no LanguageModel bean"),
                    new ComponentChoice("user storage", "in-memory",
                            "no other UserAccountRepository bean"));
        });
    }
}
