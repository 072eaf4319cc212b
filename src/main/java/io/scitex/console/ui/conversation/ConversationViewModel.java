package io.scitex.console.ui.conversation;

import io.scitex.console.status.conversation.Conversation;
import io.scitex.console.status.conversation.Prices;
import io.scitex.console.ui.common.UiExecutor;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Conversation tab's state: follows the selected agent's transcript while the tab is shown ({@link #active}),
 * one follower at a time, started off the FX thread; snapshots are applied on the FX thread, at most one queued
 * (a burst of records makes one update). FX thread only, except the follower's callbacks.
 */
public final class ConversationViewModel implements AutoCloseable {
    static final String NONE = "Select an agent to see its Claude Code conversation";

    private final ObservableList<ConversationItem> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(NONE);
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final AtomicReference<Conversation> pending = new AtomicReference<>();
    private ConversationSource source = ConversationSource.NONE;
    private UiExecutor ui;
    private Consumer<String> message = m -> { };
    private String agent;
    private AutoCloseable follower;
    private int generation;

    public ConversationViewModel() {
        active.addListener((o, was, now) -> restart());
    }

    /** Wires where conversations come from; until then nothing is followed. */
    public void setSource(ConversationSource source, UiExecutor ui, Consumer<String> message) {
        this.source = source;
        this.ui = ui;
        this.message = message;
        restart();
    }

    public ObservableList<ConversationItem> items() {
        return items;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Tokens of the whole conversation and the estimated cost. */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** True while the tab is shown: only then is a transcript followed. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The agent to follow (the window's selection), or null. */
    public void select(String agentName) {
        if (!java.util.Objects.equals(agent, agentName)) {
            agent = agentName;
            items.clear();
            total.set("");
            restart();
        }
    }

    private void restart() {
        stop();
        int gen = ++generation;
        title.set(agent == null ? NONE : agent + " — looking for its transcript…");
        if (agent == null || !active.get() || ui == null) {
            return;
        }
        String name = agent;
        ui.submit(() -> source.follow(name, c -> post(gen, c), m -> ui.onUi(() -> message.accept(m))), f -> {
            if (gen == generation) {
                follower = f;
            } else {
                closeQuietly(f);
            }
        }, e -> {
            if (gen == generation) {
                title.set(name + " — " + e.getMessage());
            }
        });
    }

    /** From the follower's thread: keeps the newest snapshot and queues one update if none is queued. */
    private void post(int gen, Conversation c) {
        if (pending.getAndSet(c) == null) {
            ui.onUi(() -> {
                Conversation latest = pending.getAndSet(null);
                if (gen == generation && latest != null) {
                    apply(latest);
                }
            });
        }
    }

    /** Shows {@code c}: rows after the unchanged beginning are replaced, so a live tail only appends. */
    public void apply(Conversation c) {
        List<ConversationItem> now = ConversationItem.of(c);
        int same = 0;
        while (same < Math.min(items.size(), now.size()) && items.get(same).equals(now.get(same))) {
            same++;
        }
        if (same < items.size()) {
            items.remove(same, items.size());
        }
        items.addAll(now.subList(same, now.size()));
        title.set((agent == null ? "" : agent + " — ") + (c.file().isEmpty() ? "no transcript yet" : c.file()));
        total.set("Total: " + c.total().describe() + " · estimated cost " + Prices.format(c.cost()));
    }

    private void stop() {
        pending.set(null);
        if (follower != null) {
            closeQuietly(follower);
            follower = null;
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing a stream: nothing to report
        }
    }

    /** Stops following (the window closes). */
    @Override
    public void close() {
        generation++;
        stop();
    }
}
