package io.scitex.console.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's action log ({@code console/actions.log}): one line per remote command, appended as it ends. Keeps
 * the most recent entries in memory and tells listeners about each new one. Thread-safe; a log that cannot be
 * written never stops a command.
 */
public final class ActionLog {
    /** Looked up when first used: starting the logging backend costs CLI verbs that read local files ~0.1 s (0900). */
    private static Logger log() {
        return LoggerFactory.getLogger(ActionLog.class);
    }

    private final Path file;
    private final int keep;
    private final ArrayDeque<ActionEntry> recent = new ArrayDeque<>();
    private final List<Consumer<ActionEntry>> listeners = new CopyOnWriteArrayList<>();
    private boolean warned;

    /** Appends to {@code file}, keeping the last {@code keep} entries in memory. */
    public ActionLog(Path file, int keep) {
        this.file = file;
        this.keep = keep;
    }

    public Path file() {
        return file;
    }

    public void append(ActionEntry entry) {
        synchronized (this) {
            recent.addLast(entry);
            while (recent.size() > keep) {
                recent.removeFirst();
            }
            write(entry.line() + "\n");
        }
        for (Consumer<ActionEntry> l : listeners) {
            try {
                l.accept(entry);
            } catch (RuntimeException e) {
                log().warn("action log listener failed", e);
            }
        }
    }

    /** The most recent entries, oldest first. */
    public synchronized List<ActionEntry> recent() {
        return List.copyOf(recent);
    }

    /** Called on the thread that ran the command, after the entry was written. */
    public void addListener(Consumer<ActionEntry> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ActionEntry> listener) {
        listeners.remove(listener);
    }

    private void write(String line) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            warned = false;
        } catch (IOException e) {
            if (!warned) {
                log().warn("cannot write the action log {}: {}", file, e.getMessage());
                warned = true;
            }
        }
    }
}
