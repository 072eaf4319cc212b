package io.scitex.console.ui;

import io.scitex.console.app.ConsoleContext;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.Prompter;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.slurm.BookRequest;
import io.scitex.console.testing.ClaudeAccount;
import io.scitex.console.testing.ScriptedApi;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.ui.agents.AgentRow;
import io.scitex.console.ui.common.FxUiExecutor;
import io.scitex.console.ui.terminal.TerminalTab;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Takes the README's screenshots from the real window on the local cluster (run by scripts/screenshots under Xvfb):
 * two tenants running with their log, the reservations, a terminal and the Book dialog, in light and dark.
 */
public final class ScreenshotTour {
    private static final List<String> AGENTS = List.of("dev-helper", "doc-builder");

    private ScreenshotTour() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images").toAbsolutePath();
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("sac-tour");
        Path agents = home.resolve("agents");
        for (String name : AGENTS) {
            write(agents, name, "  runtime: slurm-tenant\n  model: sonnet\n  slurm:\n    reservation: dev-pool\n");
        }
        write(agents, "test-runner", "  runtime: slurm-tenant\n  modle: sonnet\n  slurm:\n    reservation: [dev-pool\n");
        ConsolePaths paths = new ConsolePaths(home, Map.of(ConsolePaths.YAML_DIRS, agents.toString()));
        // the agents run the real Claude Code: pointed at a local stand-in API it starts to its prompt (offline it
        // stops at "Unable to connect"); the cluster account's settings are put back at the end
        ScriptedApi api = ScriptedApi.start();
        io.scitex.console.remote.SshHosts account = TestCluster.hosts();
        ClaudeAccount claude = ClaudeAccount.pointAt(account, api);
        ConsoleContext context = ConsoleContext.open(paths, ConsoleContext.Overrides.NONE
                .withSshConfig(TestCluster.sshConfig()).withKnownHosts(TestCluster.knownHosts())
                .withDefaultHost(TestCluster.ALIAS), Prompter.none());
        Lease lease = context.reservations().book(BookRequest.of("dev-pool", TestCluster.ALIAS)
                .withResources(1, "200M", "01:00:00").withTmuxServer("sactour"), Duration.ofMinutes(5), p -> { });
        Platform.startup(() -> { });
        FxUiExecutor executor = new FxUiExecutor(2);
        try {
            ConsoleWindow window = fx(() -> {
                Stage stage = new Stage();
                ConsoleWindow w = ConsoleApp.show(stage, context, executor);
                stage.setWidth(1280);
                stage.setHeight(800);
                return w;
            });
            TableView<AgentRow> table = fx(() -> table(window.scene()));
            await(() -> table.getItems().size() == 3, "three agents listed");
            context.agents().start(table.getItems().stream().filter(AgentRow::runnable).map(AgentRow::spec)
                    .toList(), false);
            await(() -> table.getItems().stream().filter(AgentRow::runnable)
                    .allMatch(r -> r.stateProperty().get().startsWith("running")), "agents running", window);
            fx(() -> {
                table.getSelectionModel().clearAndSelect(0);
                return null;
            });
            await(() -> !window.model().logs().lines().isEmpty(), "the log", window);
            for (boolean dark : new boolean[] {false, true}) {
                fx(() -> {
                    window.model().darkProperty().set(dark);
                    return null;
                });
                String theme = dark ? "dark" : "light";
                pause(1500);
                shoot(window.scene(), out.resolve("agents-" + theme + ".png"));
                tab(window, 1);
                shoot(window.scene(), out.resolve("reservations-" + theme + ".png"));
                tab(window, 0);
                book(window, out.resolve("book-" + theme + ".png"));
                terminal(window, table, out.resolve("terminal-" + theme + ".png"));
            }
            fx(() -> {
                window.close();
                return null;
            });
            context.agents().stop(table.getItems().stream().filter(AgentRow::runnable).map(AgentRow::spec)
                    .toList());
        } finally {
            context.reservations().release(lease.id());
            context.close();
            claude.close();
            account.close();
            api.close();
            executor.close();
            Platform.exit();
        }
    }

    private static void write(Path agents, String name, String spec) throws Exception {
        Path dir = Files.createDirectories(agents.resolve(name));
        Files.writeString(dir.resolve(name + ".yaml"),
                "apiVersion: scitex-agent-container/v3\nkind: Agent\nspec:\n" + spec);
    }

    @SuppressWarnings("unchecked")
    private static TableView<AgentRow> table(Scene scene) {
        return (TableView<AgentRow>) scene.lookup("#agentsTable");
    }

    private static void tab(ConsoleWindow window, int index) throws Exception {
        fx(() -> {
            ((TabPane) window.scene().lookup("#mainTabs")).getSelectionModel().select(index);
            return null;
        });
        pause(800);
    }

    private static void book(ConsoleWindow window, Path file) throws Exception {
        Platform.runLater(() -> window.model().book());
        await(() -> dialog().isPresent(), "the Book dialog");
        pause(800);
        Window w = fx(() -> dialog().orElseThrow());
        shoot(w.getScene(), file);
        fx(() -> {
            DialogPane pane = (DialogPane) w.getScene().getRoot();
            ((javafx.scene.control.Button) pane.lookupButton(ButtonType.CANCEL)).fire();
            return null;
        });
    }

    /** On the FX thread: the open dialog's window. */
    private static java.util.Optional<Window> dialog() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).findFirst();
    }

    private static void terminal(ConsoleWindow window, TableView<AgentRow> table, Path file) throws Exception {
        fx(() -> {
            table.getSelectionModel().clearAndSelect(0);
            window.model().attach();
            return null;
        });
        TabPane tabs = fx(() -> (TabPane) window.scene().lookup("#detailTabs"));
        try {
            await(() -> tabs.getTabs().stream().anyMatch(t -> t.getUserData() instanceof TerminalTab tt
                    && tt.widget() != null && tt.widget().getTerminalTextBuffer().getScreenLines().contains("\u276f")),
                    "the terminal showing Claude's prompt (\u276f)");
        } catch (IllegalStateException e) { // say what the terminal showed instead
            throw new IllegalStateException(e.getMessage() + "; the terminal showed:\n" + fx(() -> tabs.getTabs()
                    .stream().filter(t -> t.getUserData() instanceof TerminalTab tt && tt.widget() != null)
                    .map(t -> ((TerminalTab) t.getUserData()).widget().getTerminalTextBuffer().getScreenLines())
                    .findFirst().orElse("(no terminal)")), e);
        }
        pause(1500);
        shoot(window.scene(), file);
        fx(() -> {
            TerminalTab tt = (TerminalTab) tabs.getTabs().stream().filter(t -> t.getUserData() instanceof TerminalTab)
                    .findFirst().orElseThrow().getUserData();
            tabs.getTabs().remove(tt.tab());
            tt.close();
            return null;
        });
        pause(1000);
    }

    private static void shoot(Scene scene, Path file) throws Exception {
        WritableImage image = fx(() -> scene.snapshot(null));
        PixelReader px = image.getPixelReader();
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, px.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file.toFile());
        System.out.println("wrote " + file);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get();
    }

    private static void await(BooleanSupplier ok, String what, ConsoleWindow... window) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!fx(ok::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException(what + " did not happen within 2 minutes");
            }
            if (window.length > 0) {
                window[0].poller().refreshNow();
            }
            pause(500);
        }
    }

    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }
}
