package dev.maangtracker.boot;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.maangtracker.testsupport.architecture.MaangArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The starter's own packages are free of cycles, checked here so a cycle fails this module's build and not only
 * the app's {@code ArchitectureTest}.
 */
class StarterArchitectureTest {

    private final JavaClasses starter = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.maangtracker.boot");

    @Test
    void packagesAreFreeOfCycles() {
        MaangArchitectureRules.noPackageCycles().check(starter);
    }
}
