package io.scitex.console.ui.main;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.app.ConsoleContext;
import io.scitex.console.lease.Lease;
import io.scitex.console.service.ActionResult;
import io.scitex.console.service.AttachTarget;
import io.scitex.console.status.StatusPoller;
import io.scitex.console.ui.common.UiExecutor;
import io.scitex.console.ui.reservations.BookDialog;
import io.scitex.console.ui.terminal.TerminalTab;
import io.scitex.console.runtime.TmuxKeys;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;

/**
 * What the window's buttons and menus do: every call returns at once, runs its SSH work on the UI executor's
 * background threads, and applies only the finished result on the FX thread.
 */
public final class WindowActions implements MainActions {
    private static final Duration BOOK_WAIT = Duration.ofMinutes(10);

    private final ConsoleContext context;
    private final StatusPoller poller;
    private final MainViewModel model;
    private final UiExecutor executor;
    private final Consumer<Tab> openTab;
    private final List<TerminalTab> terminals = new java.util.concurrent.CopyOnWriteArrayList<>();

    public WindowActions(ConsoleContext context, MainViewModel model, UiExecutor executor, Consumer<Tab> openTab) {
        this.context = context;
        this.poller = context.statusPoller();
        this.model = model;
        this.executor = executor;
        this.openTab = openTab;
    }

    @Override
    public void reload() {
        executor.submit(context.inventory()::load, inv -> {
            model.applyInventory(inv);
            poller.refreshNow();
        }, e -> model.message("Could not read agents and reservations: " + e.getMessage()));
    }

    @Override
    public void addAgentFolder(java.nio.file.Path folder) {
        executor.submit(() -> {
            var store = context.settingsStore();
            var saved = store.load().settings();
            List<String> folders = new java.util.ArrayList<>(saved.extraAgentFolders());
            if (!folders.contains(folder.toString())) {
                folders.add(folder.toString());
                store.save(saved.withExtraAgentFolders(folders));
            }
            return folder;
        }, f -> {
            model.log("added agent folder " + f);
            reload();
        }, this::failed);
    }

    @Override
    public void refreshNow() {
        poller.refreshNow();
        model.message("Refreshing…");
    }

    @Override
    public void start(List<AgentSpec> agents, boolean force) {
        if (agents.isEmpty()) {
            return;
        }
        String verb = force ? "Restarting" : "Starting";
        model.message(verb + " " + names(agents) + "…");
        executor.submit(() -> context.agents().start(agents, force), this::report, this::failed);
    }

    @Override
    public void stop(List<AgentSpec> agents) {
        if (agents.isEmpty()) {
            return;
        }
        model.message("Stopping " + names(agents) + "…");
        poller.expectStopped(agents.stream().map(AgentSpec::name).toList());
        executor.submit(() -> context.agents().stop(agents), this::report, this::failed);
    }

    @Override
    public void attach(AgentSpec agent) {
        model.message("Attaching to " + agent.name() + "…");
        executor.submit(() -> context.agents().attachTarget(agent), this::openTerminal, this::failed);
    }

    private void openTerminal(AttachTarget target) {
        TerminalTab tab = new TerminalTab(target.title(),
                () -> context.openTerminal(target, 120, 32),
                TmuxKeys.detach(target.tmuxPrefix()), executor, model::message);
        terminals.add(tab);
        tab.tab().setOnClosed(e -> {
            terminals.remove(tab);
            tab.close();
        });
        openTab.accept(tab.tab());
        model.message("");
    }

    @Override
    public void book() {
        new BookDialog(context.defaultHost().orElse("")).showAndWait().ifPresent(request -> {
            model.message("Booking " + request.name() + " on " + request.host() + "…");
            java.util.concurrent.atomic.AtomicBoolean listed = new java.util.concurrent.atomic.AtomicBoolean();
            executor.submit(() -> context.reservations().book(request, BOOK_WAIT,
                    p -> executor.onUi(() -> {
                        if (listed.compareAndSet(false, true)) {
                            reload(); // the lease is saved once submitted: show it (and let it be released) now
                        }
                        model.message("Booking " + request.name() + ": job " + p.jobId() + " "
                            + p.state().toLowerCase(java.util.Locale.ROOT)
                            + (p.reason().isEmpty() ? "" : " (" + p.reason() + ")")
                            + p.expectedStart().map(s -> ", expected start " + s).orElse(""));
                    })),
                    lease -> {
                        model.log("booked " + lease.id() + " job " + lease.jobId()
                                + (lease.node().isEmpty() ? " (still waiting for a node)" : " on " + lease.node()));
                        model.message("Booked " + lease.name());
                        reload();
                    }, this::failed);
        });
    }

    @Override
    public void refreshLease(Lease lease) {
        executor.submit(() -> context.reservations().refresh(lease.id()), l -> {
            model.log("refreshed " + l.id() + ": job " + l.jobId());
            reload();
        }, this::failed);
    }

    @Override
    public void release(Lease lease) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "Cancel job " + lease.jobId() + " on " + lease.host() + " and delete the reservation file? Every tenant"
                        + " running in it ends with it.", ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText("Release reservation " + lease.name() + "?");
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return;
        }
        executor.submit(() -> {
            context.reservations().release(lease.id());
            return lease;
        }, l -> {
            model.log("released " + l.id());
            reload();
        }, this::failed);
    }

    /** Detaches every open terminal (blocking): called when the window closes. */
    public void closeTerminals() {
        terminals.parallelStream().forEach(TerminalTab::closeNow);
        terminals.clear();
    }

    private void report(List<ActionResult> results) {
        long failed = results.stream().filter(r -> !r.outcome().ok()).count();
        for (ActionResult r : results) {
            model.log(r.agent() + ": " + r.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + (r.message().isEmpty() ? "" : " — " + r.message()));
        }
        model.message(failed == 0 ? "Done: " + results.size() + " agent" + (results.size() == 1 ? "" : "s")
                : failed + " of " + results.size() + " failed; see the Activity tab");
        if (failed > 0) {
            showError("Some agents failed", results.stream().filter(r -> !r.outcome().ok())
                    .map(r -> r.agent() + ": " + r.message()).collect(Collectors.joining("\n\n")));
        }
        poller.refreshNow();
    }

    private void failed(Throwable e) {
        model.message(e.getMessage());
        model.log("error: " + e.getMessage());
        showError("The request failed", e.getMessage());
    }

    private static void showError(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.getDialogPane().setMinWidth(560);
        alert.show();
    }

    private static String names(List<AgentSpec> agents) {
        return agents.size() <= 3 ? agents.stream().map(AgentSpec::name).collect(Collectors.joining(", "))
                : agents.size() + " agents";
    }
}
