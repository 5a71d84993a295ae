package dev.maangtracker.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Proves each boundary rule can fail: evaluated on a fixture class that breaks it, the rule reports
 * a violation naming that class; evaluated on fixtures that keep it, it passes.
 */
class MaangArchitectureRulesTest {

    private static final String FIXTURES = "dev.maangtracker";

    private static JavaClasses fixtures(String... packages) {
        return new ClassFileImporter().importPackages(packages);
    }

    private static JavaClasses ragWithoutCycle() {
        return fixtures(FIXTURES + ".rag.archfixture")
                .that(DescribedPredicate.describe("outside the cycle fixture", c -> !c.getPackageName().contains(".cycle")));
    }

    private static void assertViolatedBy(ArchRule rule, JavaClasses classes, String offendingClass) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as("rule should reject %s: %s", offendingClass, rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(offendingClass));
    }

    private static void assertHolds(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.getFailureReport().getDetails()).as(rule.getDescription()).isEmpty();
    }

    @Test
    void sdkRuleRejectsSpringAnnotationAndContainerUse() {
        JavaClasses classes = fixtures(FIXTURES + ".core.archfixture.spring");
        assertViolatedBy(MaangArchitectureRules.sdkDoesNotTouchSpring(), classes, "SpringComponentInSdk");
        assertViolatedBy(MaangArchitectureRules.sdkDoesNotTouchSpring(), classes, "ContainerLookupInSdk");
    }

    @Test
    void sdkRuleAcceptsPlainJava() {
        assertHolds(MaangArchitectureRules.sdkDoesNotTouchSpring(), fixtures(FIXTURES + ".core.archfixture.clean"));
    }

    @Test
    void coreRuleRejectsCoreDependingOnRag() {
        JavaClasses classes = fixtures(FIXTURES + ".core.archfixture.upward", FIXTURES + ".rag.archfixture");
        assertViolatedBy(MaangArchitectureRules.coreDependsOnNoOtherModule(), classes, "CoreUsingRag");
    }

    @Test
    void featureModuleRuleRejectsTrackerUsingRag() {
        JavaClasses classes = fixtures(FIXTURES + ".tracker.archfixture", FIXTURES + ".rag.archfixture");
        assertViolatedBy(MaangArchitectureRules.sdkFeatureModulesDependOnlyOnCore(), classes, "TrackerUsingRagInternals");
    }

    @Test
    void featureModuleRuleAcceptsRagUsingItself() {
        assertHolds(MaangArchitectureRules.sdkFeatureModulesDependOnlyOnCore(),
                ragWithoutCycle());
    }

    @Test
    void starterRuleRejectsWebAndSecurityTypes() {
        assertViolatedBy(MaangArchitectureRules.starterDoesNotTouchWebOrSecurity(),
                fixtures(FIXTURES + ".boot.archfixture.web"), "HandlerInStarter");
        assertViolatedBy(MaangArchitectureRules.starterDoesNotTouchWebOrSecurity(),
                fixtures(FIXTURES + ".boot.archfixture.security"), "SecurityInStarter");
    }

    @Test
    void cycleRuleRejectsTwoPackagesUsingEachOther() {
        assertViolatedBy(MaangArchitectureRules.noPackageCycles(),
                fixtures(FIXTURES + ".rag.archfixture.cycle"), "CycleA");
    }

    @Test
    void cycleRuleAcceptsOneWayDependencies() {
        assertHolds(MaangArchitectureRules.noPackageCycles(),
                ragWithoutCycle());
    }

    @Test
    void internalRuleRejectsAnotherModuleUsingInternals() {
        JavaClasses classes = fixtures(FIXTURES + ".tracker.archfixture", FIXTURES + ".rag.archfixture");
        assertViolatedBy(MaangArchitectureRules.noInternalAcrossModules(), classes, "TrackerUsingRagInternals");
    }

    @Test
    void internalRuleAcceptsAModuleUsingItsOwnInternals() {
        assertHolds(MaangArchitectureRules.noInternalAcrossModules(),
                ragWithoutCycle());
    }
}
