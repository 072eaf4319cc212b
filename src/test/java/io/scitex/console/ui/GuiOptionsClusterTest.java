package io.scitex.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.app.ConsoleContext;
import io.scitex.console.cli.CliEnv;
import io.scitex.console.cli.SacCommand;
import io.scitex.console.cli.Terminal;
import io.scitex.console.remote.Prompter;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.ui.common.FxUiExecutor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** {@code sac gui --host other} opens the window on {@code other}: the window gets the CLI's global options. */
@Tag(TestCluster.TAG)
@ExtendWith(ApplicationExtension.class)
class GuiOptionsClusterTest {
    @TempDir Path home;
    private Stage stage;
    private ConsoleContext context;
    private ConsoleWindow window;
    private final FxUiExecutor executor = new FxUiExecutor(1);

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
        if (context != null) {
            context.close();
        }
        executor.close();
    }

    @Test
    void guiOpensWithTheHostGivenOnTheCommandLine(FxRobot robot) throws Exception {
        CliEnv env = new CliEnv(Map.of("SAC_CONSOLE_HOME", home.toString()), home,
                new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), Terminal.none(),
                (options, e, err) -> {
                    throw new AssertionError("gui opens no CLI backend");
                }).withWindow((paths, overrides) -> robot.interact(() -> {
                    context = ConsoleContext.open(paths, overrides, Prompter.none());
                    window = ConsoleApp.show(stage, context, executor);
                }));

        int exit = SacCommand.commandLine(env).execute("gui", "--host", "other", "--ssh-config",
                TestCluster.sshConfig().toString());

        assertThat(exit).isZero();
        assertThat(stage.getTitle()).isEqualTo("SAC Console — other");
        assertThat(context.defaultHost()).contains("other");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#host-other").tryQuery().isPresent());
        assertThat(robot.lookup("#host-other").queryAs(Label.class).getText()).startsWith("other");
    }
}
