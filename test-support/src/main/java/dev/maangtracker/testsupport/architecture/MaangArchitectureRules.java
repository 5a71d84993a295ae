package dev.maangtracker.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

/**
 * The boundaries between our modules, written once so that the production suite and the tests
 * proving each rule can fail evaluate the very same rules.
 *
 * <p>A module is named by the package segment after {@code dev.maangtracker}: {@code core},
 * {@code rag}, {@code tracker} (the SDK), {@code boot} (the starter) and {@code app}.
 */
public final class MaangArchitectureRules {

    public static final String ROOT = "dev.maangtracker";
    public static final String CORE = ROOT + ".core..";
    public static final String RAG = ROOT + ".rag..";
    public static final String TRACKER = ROOT + ".tracker..";
    public static final String STARTER = ROOT + ".boot..";
    public static final String APP = ROOT + ".app..";

    private MaangArchitectureRules() {
    }

    /** The SDK is plain Java: no Spring, Spring Boot or Spring AI type, annotation included. */
    public static ArchRule sdkDoesNotTouchSpring() {
        return noClasses().that().resideInAnyPackage(CORE, RAG, TRACKER)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .because("the SDK modules must work without a container (ARCHITECTURE.md)")
                .allowEmptyShould(true);
    }

    /** {@code sdk-core} depends on no other module of ours. */
    public static ArchRule coreDependsOnNoOtherModule() {
        return noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(RAG, TRACKER, STARTER, APP)
                .because("sdk-core is the bottom of the module graph")
                .allowEmptyShould(true);
    }

    /** {@code sdk-rag} and {@code sdk-tracker} depend on {@code sdk-core} only, not on each other. */
    public static ArchRule sdkFeatureModulesDependOnlyOnCore() {
        return noClasses().that().resideInAnyPackage(RAG, TRACKER)
                .should().dependOnClassesThat().resideInAnyPackage(STARTER, APP)
                .orShould(dependOnTheOtherSdkFeatureModule())
                .because("sdk-rag and sdk-tracker may only use sdk-core")
                .allowEmptyShould(true);
    }

    /** The starter wires infrastructure; HTTP, WebSocket, servlet and security types belong in the app. */
    public static ArchRule starterDoesNotTouchWebOrSecurity() {
        return noClasses().that().resideInAPackage(STARTER)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web.bind..",
                        "org.springframework.web.server..",
                        "org.springframework.web.reactive..",
                        "org.springframework.web.servlet..",
                        "org.springframework.web.socket..",
                        "org.springframework.http.server..",
                        "org.springframework.security..",
                        "jakarta.servlet..")
                .because("adapters live in the starter, HTTP and security only in the app (ARCHITECTURE.md)")
                .allowEmptyShould(true);
    }

    /** No two packages of ours depend on each other, directly or through others. */
    public static ArchRule noPackageCycles() {
        return slices().matching(ROOT + ".(**)").should().beFreeOfCycles()
                .allowEmptyShould(true);
    }

    /** An {@code internal} package is used only by the module that owns it. */
    public static ArchRule noInternalAcrossModules() {
        return noClasses().that().resideInAPackage(ROOT + "..")
                .should(accessAnotherModulesInternals())
                .because("internal packages are implementation details of their own module")
                .allowEmptyShould(true);
    }

    /** The module segment of a class of ours ({@code core}, {@code rag}, ...), if it is ours. */
    static Optional<String> moduleOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static boolean isInternal(JavaClass javaClass) {
        String name = "." + javaClass.getPackageName() + ".";
        return name.contains(".internal.");
    }

    private static ArchCondition<JavaClass> accessAnotherModulesInternals() {
        return new ArchCondition<>("use another module's internal package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> from = moduleOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> to = moduleOf(target);
                    if (to.isPresent() && isInternal(target) && !to.equals(from)) {
                        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> dependOnTheOtherSdkFeatureModule() {
        return new ArchCondition<>("depend on the other SDK feature module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> from = moduleOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<String> to = moduleOf(dependency.getTargetClass());
                    boolean crosses = from.isPresent() && to.isPresent() && !to.equals(from)
                            && ("rag".equals(to.get()) || "tracker".equals(to.get()));
                    if (crosses) {
                        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
