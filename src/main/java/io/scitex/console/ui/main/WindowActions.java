package io.scitex.console.ui.main;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.app.ConsoleContext;
import io.scitex.console.lease.Lease;
import io.scitex.console.settings.ConsoleSettings;
import io.scitex.console.settings.SettingsStore;
import io.scitex.console.ui.agents.AgentActions;
import io.scitex.console.ui.common.Dialogs;
import io.scitex.console.ui.common.UiExecutor;
import io.scitex.console.ui.inbox.InboxActions;
import io.scitex.console.ui.reservations.ReservationActions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Tab;

/**
 * What the window's menus and buttons do: files (reload, agent folders, theme) here, agents and reservations in
 * their tabs' action classes. Every call returns at once; SSH and file work runs on the UI executor's threads.
 */
public final class WindowActions implements MainActions, AgentActions.View, ReservationActions.View {
    private final ConsoleContext context;
    private final MainViewModel model;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final AgentActions agents;
    private final ReservationActions reservations;
    private final InboxActions inbox;

    public WindowActions(ConsoleContext context, MainViewModel model, UiExecutor executor, Dialogs dialogs,
            Consumer<Tab> openTab) {
        this.context = context;
        this.model = model;
        this.executor = executor;
        this.dialogs = dialogs;
        this.agents = new AgentActions(context, this, executor, dialogs, openTab);
        this.reservations = new ReservationActions(context, this, executor, dialogs);
        this.inbox = new InboxActions(context, model::message, executor, dialogs);
    }

    @Override
    public void message(String text) {
        model.message(text);
    }

    @Override
    public void log(String line) {
        model.log(line);
    }

    @Override
    public void reload() {
        executor.submit(context.inventory()::load, inv -> {
            model.applyInventory(inv);
            context.statusPoller().refreshNow();
        }, e -> model.message("Could not read agents and reservations: " + e.getMessage()));
    }

    @Override
    public void chooseAgentFolder() {
        dialogs.chooseFolder("Add a folder of agent YAMLs (<name>/<name>.yaml)").ifPresent(this::addAgentFolder);
    }

    @Override
    public void addAgentFolder(Path folder) {
        executor.submit(() -> {
            SettingsStore store = context.settingsStore();
            ConsoleSettings saved = store.load().settings();
            List<String> folders = new ArrayList<>(saved.extraAgentFolders());
            if (!folders.contains(folder.toString())) {
                folders.add(folder.toString());
                store.save(saved.withExtraAgentFolders(folders));
            }
            return folder;
        }, f -> {
            model.log("added agent folder " + f);
            reload();
        }, e -> {
            model.message(e.getMessage());
            dialogs.error("The folder was not added", e.getMessage());
        });
    }

    /** Keeps the theme in the settings file for the next start. */
    public void saveTheme(boolean dark) {
        executor.submit(() -> {
            SettingsStore store = context.settingsStore();
            store.save(store.load().settings().withTheme(dark ? ConsoleSettings.Theme.DARK
                    : ConsoleSettings.Theme.LIGHT));
            return dark;
        }, d -> model.log("theme " + (d ? "dark" : "light") + " saved"),
                e -> model.message("The theme was not saved: " + e.getMessage()));
    }

    @Override
    public void refreshNow() {
        context.statusPoller().refreshNow();
        model.message("Refreshing…");
    }

    @Override
    public void start(List<AgentSpec> list, boolean force) {
        agents.start(list, force);
    }

    @Override
    public void stop(List<AgentSpec> list) {
        agents.stop(list);
    }

    @Override
    public void attach(AgentSpec agent) {
        agents.attach(agent);
    }

    @Override
    public void approve(AgentSpec agent, String detail) {
        inbox.approve(agent, detail);
    }

    @Override
    public void deny(AgentSpec agent, String detail) {
        inbox.deny(agent, detail);
    }

    @Override
    public void answer(AgentSpec agent, String question) {
        inbox.answer(agent, question);
    }

    @Override
    public void send(List<AgentSpec> list) {
        inbox.send(list);
    }

    @Override
    public void watch(AgentSpec agent) {
        agents.watch(agent);
    }

    @Override
    public void book() {
        reservations.book();
    }

    @Override
    public void refreshLease(Lease lease) {
        reservations.refresh(lease);
    }

    @Override
    public void release(Lease lease) {
        reservations.release(lease);
    }

    /** Detaches every open terminal (blocking): called when the window closes. */
    public void closeTerminals() {
        agents.closeTerminals();
    }
}
