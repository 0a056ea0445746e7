package cn.xkqz.api;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The modules depend one way only: api → pilot → matching → indexer → catalog; every layer has classes. */
class ArchitectureTest {

    /** Imported once for all rules (per instance, each test imported everything again). */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.xkqz");

    @Test
    void modulesDependDownwardsOnly() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("api")
                .definedBy("cn.xkqz.api..")
                .layer("pilot")
                .definedBy("cn.xkqz.pilot..")
                .layer("matching")
                .definedBy("cn.xkqz.matching..")
                .layer("indexer")
                .definedBy("cn.xkqz.indexer..")
                .layer("catalog")
                .definedBy("cn.xkqz.catalog..")
                .layer("localstack")
                .definedBy("cn.xkqz.localstack..")
                .whereLayer("api")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("pilot")
                .mayOnlyBeAccessedByLayers("api")
                .whereLayer("matching")
                .mayOnlyBeAccessedByLayers("pilot", "api")
                .whereLayer("indexer")
                .mayOnlyBeAccessedByLayers("matching", "pilot", "api")
                .whereLayer("catalog")
                .mayOnlyBeAccessedByLayers("indexer", "matching", "pilot", "api")
                .whereLayer("localstack")
                .mayNotBeAccessedByAnyLayer()
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("cn.xkqz.(*).(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
