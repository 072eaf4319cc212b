package io.scitex.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers of docs/architecture: JavaFX only in ui, sshj only in remote. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.scitex.console");
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("io.scitex.console.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.techsenger..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void onlyTheRemoteLayerUsesSshj() {
        noClasses().that().resideOutsideOfPackages("io.scitex.console.remote..")
                .should().dependOnClassesThat().resideInAnyPackage("net.schmizz..", "com.hierynomus..")
                .check(classes);
    }

    @Test
    void uiAndCliBuildNoRemoteCommands() {
        noClasses().that().resideInAnyPackage("io.scitex.console.ui..", "io.scitex.console.cli..")
                .should().dependOnClassesThat().haveSimpleName("ShellQuote")
                .check(classes);
    }
}
