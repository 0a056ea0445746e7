package cn.xkqz.api;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The modules depend one way only: api → matching → indexer → catalog. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.xkqz");

    @Test
    void modulesDependDownwardsOnly() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("api")
                .definedBy("cn.xkqz.api..")
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
                .whereLayer("matching")
                .mayOnlyBeAccessedByLayers("api")
                .whereLayer("indexer")
                .mayOnlyBeAccessedByLayers("matching", "api")
                .whereLayer("catalog")
                .mayOnlyBeAccessedByLayers("indexer", "matching", "api")
                .whereLayer("localstack")
                .mayNotBeAccessedByAnyLayer()
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("cn.xkqz.(*).(*)..").should().beFreeOfCycles().check(classes);
    }
}
