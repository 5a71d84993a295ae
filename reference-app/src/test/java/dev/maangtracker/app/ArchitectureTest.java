package dev.maangtracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.maangtracker.testsupport.architecture.MaangArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of ARCHITECTURE.md, checked over every production class of every module
 * (this module's test classpath holds them all). The rules themselves are proven able to fail in
 * {@code MaangArchitectureRulesTest}.
 */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("maang-test-support")
                        && !location.contains("/test-support/") && !location.contains("-tests.jar"))
                .importPackages(MaangArchitectureRules.ROOT);
    }

    private static void check(ArchRule rule) {
        rule.check(production);
    }

    @Test
    void sdkDoesNotTouchSpring() {
        check(MaangArchitectureRules.sdkDoesNotTouchSpring());
    }

    @Test
    void coreDependsOnNoOtherModule() {
        check(MaangArchitectureRules.coreDependsOnNoOtherModule());
    }

    @Test
    void sdkFeatureModulesDependOnlyOnCore() {
        check(MaangArchitectureRules.sdkFeatureModulesDependOnlyOnCore());
    }

    @Test
    void starterDoesNotTouchWebOrSecurity() {
        check(MaangArchitectureRules.starterDoesNotTouchWebOrSecurity());
    }

    @Test
    void noPackageCycles() {
        check(MaangArchitectureRules.noPackageCycles());
    }

    @Test
    void noInternalAcrossModules() {
        check(MaangArchitectureRules.noInternalAcrossModules());
    }

    @Test
    void importedEveryModule() {
        for (String module : new String[] {"core", "boot", "app"}) {
            assertThat(production.stream()
                    .anyMatch(c -> c.getPackageName().startsWith(MaangArchitectureRules.ROOT + "." + module)))
                    .as("classes of module %s were imported", module).isTrue();
        }
    }
}
