package io.scitex.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers of the README: the layer order, no package cycles, JavaFX only in ui, sshj only in remote. */
class ArchitectureTest {
    private static final String ROOT = "io.scitex.console";
    private static final String FIXTURE = "io.scitex.console.archfixture";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        ConsoleLayers.layers(ROOT).check(classes);
    }

    @Test
    void noPackageCycles() {
        ConsoleLayers.noCycles(ROOT).check(classes);
    }

    @Test
    void theLayerRuleFailsOnABackEdge() {
        JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);
        EvaluationResult result = ConsoleLayers.layers(FIXTURE).evaluate(fixture);
        assertThat(result.hasViolation()).as("agent -> ui is a back-edge").isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("archfixture.agent.Leaf")
                && d.contains("archfixture.ui.Screen"));
        assertThat(ConsoleLayers.noCycles(FIXTURE).evaluate(fixture).hasViolation())
                .as("agent -> ui -> status has no cycle").isFalse();
    }

    @Test
    void theReadmeStatesTheLayersTheRuleChecks() throws Exception {
        Path readme = Path.of(System.getProperty("sac.repo.dir", ".")).resolve("README.md");
        String text = Files.readString(readme).replaceAll("\\s+", " ");
        assertThat(text).contains("Layers (checked by `ArchitectureTest`, lowest first): " + ConsoleLayers.sentence()
                + ".");
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("io.scitex.console.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.techsenger..", "org.controlsfx..",
                        "atlantafx..")
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
