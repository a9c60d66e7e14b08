package org.coiedge.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Core is the domain: it must not reach for JSON libraries, JDBC, UI, device or HTTP code. */
class CoreDependencyRulesTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coiedge.core");

    @Test
    void coreDependsOnNoJsonLibraryDatabaseUiDeviceOrHttpPackage() {
        noClasses().that().resideInAPackage("org.coiedge.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.fasterxml..", "java.sql..", "javax.sql..", "org.sqlite..", "org.flywaydb..",
                        "javafx..", "jssc..", "okhttp3..", "org.openpnp..", "picocli..")
                .check(CORE);
    }

    @Test
    void coreDependsOnNothingOfOursOutsideCore() {
        noClasses().that().resideInAPackage("org.coiedge.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.coiedge.ledger..", "org.coiedge.app..")
                .check(CORE);
    }
}
