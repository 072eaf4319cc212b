package io.scitex.console.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window's class loader sees JavaFX as named modules, so JavaFX never warns about the unnamed module. */
class WindowLauncherTest {
    private static final String CLASS_PATH = System.getProperty("java.class.path");

    @Test
    void javaFxOnTheClassPathIsFoundAsModularJars() {
        List<Path> jars = JavaFxJars.onClassPath(CLASS_PATH);

        assertThat(jars).extracting(p -> p.getFileName().toString())
                .anyMatch(n -> n.startsWith("javafx-graphics-") && n.endsWith("-linux.jar"))
                .anyMatch(n -> n.startsWith("javafx-controls-"))
                .anyMatch(n -> n.startsWith("javafx-fxml-"))
                .noneMatch(n -> n.matches("javafx-graphics-[0-9.]+\\.jar")); // the empty per-platform stub
    }

    @Test
    void theWindowsJavaFxClassesComeFromNamedModules() throws Exception {
        ClassLoader loader = WindowLauncher.appLoader(JavaFxJars.onClassPath(CLASS_PATH), CLASS_PATH);

        Class<?> platform = Class.forName("javafx.application.Platform", false, loader);
        Class<?> fxml = Class.forName("javafx.fxml.FXMLLoader", false, loader);
        assertThat(platform.getModule().isNamed()).isTrue();
        assertThat(platform.getModule().getName()).isEqualTo("javafx.graphics");
        assertThat(fxml.getModule().getName()).isEqualTo("javafx.fxml");
        assertThat(platform).isNotSameAs(javafx.application.Platform.class);
    }

    @Test
    void theWindowClassIsLoadedByTheWindowLoaderAndCanBeLaunched() throws Exception {
        ClassLoader loader = WindowLauncher.appLoader(JavaFxJars.onClassPath(CLASS_PATH), CLASS_PATH);

        Class<?> app = Class.forName(WindowLauncher.APP_CLASS, false, loader);
        Method launch = app.getMethod("launchWindow", java.nio.file.Path.class, java.util.Map.class,
                java.nio.file.Path.class, java.nio.file.Path.class, String.class);
        assertThat(app.getClassLoader()).isSameAs(loader);
        assertThat(Modifier.isStatic(launch.getModifiers())).isTrue();
        assertThat(app.getSuperclass().getModule().getName()).isEqualTo("javafx.graphics");
    }

    @Test
    void javaFxInternalsAreOpenToTheConsolesClasses() throws Exception {
        ClassLoader loader = WindowLauncher.appLoader(JavaFxJars.onClassPath(CLASS_PATH), CLASS_PATH);
        Module graphics = Class.forName("javafx.application.Platform", false, loader).getModule();

        assertThat(graphics.isOpen("com.sun.javafx.scene", loader.getUnnamedModule())).isTrue();
        assertThat(graphics.isOpen("com.sun.javafx.scene", getClass().getModule())).isFalse();
    }

    @Test
    void withoutJavaFxTheErrorSaysWhatIsMissing() {
        assertThatThrownBy(() -> WindowLauncher.appLoader(List.of(), "/nowhere/app.jar"))
                .hasMessageContaining("JavaFX is missing").hasMessageContaining("/nowhere/app.jar");
    }
}
