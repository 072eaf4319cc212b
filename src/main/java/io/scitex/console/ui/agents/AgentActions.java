package io.scitex.console.ui.agents;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.app.ConsoleContext;
import io.scitex.console.runtime.TmuxKeys;
import io.scitex.console.service.ActionResult;
import io.scitex.console.service.AttachMode;
import io.scitex.console.service.AttachTarget;
import io.scitex.console.ui.common.Dialogs;
import io.scitex.console.ui.common.UiExecutor;
import io.scitex.console.ui.terminal.AttachSession;
import io.scitex.console.ui.terminal.TerminalTab;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Tab;

/** Start, stop and attach: SSH work on the UI executor's threads, results applied on the FX thread. */
public final class AgentActions {
    /** Where the actions report. */
    public interface View {
        void message(String text);

        void log(String line);
    }

    private final ConsoleContext context;
    private final View view;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final Consumer<Tab> openTab;
    private final List<TerminalTab> terminals = new CopyOnWriteArrayList<>();

    public AgentActions(ConsoleContext context, View view, UiExecutor executor, Dialogs dialogs,
            Consumer<Tab> openTab) {
        this.context = context;
        this.view = view;
        this.executor = executor;
        this.dialogs = dialogs;
        this.openTab = openTab;
    }

    public void start(List<AgentSpec> agents, boolean force) {
        if (agents.isEmpty()) {
            return;
        }
        view.message((force ? "Restarting " : "Starting ") + names(agents) + "…");
        executor.submit(() -> context.agents().start(agents, force), this::report, this::failed);
    }

    public void stop(List<AgentSpec> agents) {
        if (agents.isEmpty()) {
            return;
        }
        view.message("Stopping " + names(agents) + "…");
        context.statusPoller().expectStopped(agents.stream().map(AgentSpec::name).toList());
        executor.submit(() -> context.agents().stop(agents), this::report, this::failed);
    }

    public void attach(AgentSpec agent) {
        open(agent, AttachMode.INTERACTIVE);
    }

    /** A read-only terminal: tmux drops its keys and its size never counts (decision 0602). */
    public void watch(AgentSpec agent) {
        open(agent, AttachMode.WATCH);
    }

    private void open(AgentSpec agent, AttachMode mode) {
        view.message((mode == AttachMode.WATCH ? "Watching " : "Attaching to ") + agent.name() + "…");
        executor.submit(() -> context.agents().attachTarget(agent, mode), t -> openTerminal(agent, mode, t),
                this::failed);
    }

    private void openTerminal(AgentSpec agent, AttachMode mode, AttachTarget target) {
        // after a dropped link: the dropped client released, a fresh target (new client token, the job as it is
        // now), then the PTY
        AttachSession session = new AttachSession(context.executor(), target,
                () -> context.agents().attachTarget(agent, mode), t -> context.openTerminal(t, 120, 32));
        TerminalTab tab = new TerminalTab((mode == AttachMode.WATCH ? "watch: " : "") + target.title(), session,
                TmuxKeys.detach(target.tmuxPrefix()), executor, view::message);
        terminals.add(tab);
        tab.tab().setOnClosed(e -> {
            terminals.remove(tab);
            tab.close();
        });
        openTab.accept(tab.tab());
        view.message("");
    }

    /** Detaches every open terminal (blocking): called when the window closes. */
    public void closeTerminals() {
        terminals.parallelStream().forEach(TerminalTab::closeNow);
        terminals.clear();
    }

    private void report(List<ActionResult> results) {
        List<ActionResult> failed = results.stream().filter(r -> !r.outcome().ok()).toList();
        for (ActionResult r : results) {
            view.log(r.agent() + ": " + r.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (r.message().isEmpty() ? "" : " — " + r.message()));
        }
        view.message(failed.isEmpty() ? "Done: " + results.size() + " agent" + (results.size() == 1 ? "" : "s")
                : failed.size() + " of " + results.size() + " failed; see the Activity tab");
        if (!failed.isEmpty()) {
            dialogs.error("Some agents failed", failed.stream().map(r -> r.agent() + ": " + r.message())
                    .collect(Collectors.joining("\n\n")));
        }
        context.statusPoller().refreshNow();
    }

    private void failed(Throwable e) {
        view.message(e.getMessage());
        dialogs.error("The request failed", e.getMessage());
    }

    private static String names(List<AgentSpec> agents) {
        return agents.size() <= 3 ? agents.stream().map(AgentSpec::name).collect(Collectors.joining(", "))
                : agents.size() + " agents";
    }
}
