package org.coiedge.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * {@code core} is the domain: it must run and be tested without a display, a device, a database
 * or a network. This test fails the build if it ever imports one of those libraries.
 */
class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coiedge.core");

    @Test
    void coreHasClassesToCheck() {
        // Guards against the rule below passing vacuously because nothing was imported.
        org.assertj.core.api.Assertions.assertThat(CORE.size()).isGreaterThan(20);
    }

    @Test
    void coreImportsNoUiDeviceDatabaseOrHttpLibrary() {
        ArchRule rule = noClasses().that().resideInAPackage("org.coiedge.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "jssc..", "okhttp3..", "java.sql..", "javax.sql..", "org.openpnp..",
                        "com.google.zxing..", "com.fasterxml.jackson..", "org.xerial..", "org.sqlite..",
                        "java.awt..", "javax.swing..", "java.net.http..")
                .because("core is pure domain code (see shared/design.md, module map)");
        rule.check(CORE);
    }

    @Test
    void coreDependsOnNoOtherCoiEdgeModule() {
        noClasses().that().resideInAPackage("org.coiedge.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.coiedge.app..", "org.coiedge.ledger..", "org.coiedge.printer..",
                        "org.coiedge.scanner..", "org.coiedge.sync..")
                .because("dependencies point one way, downwards, to core")
                .check(CORE);
    }
}
