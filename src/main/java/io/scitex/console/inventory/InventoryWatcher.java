package io.scitex.console.inventory;

import io.scitex.console.agent.Problem;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the agent folders (each root and its agent subfolders), the lease folder and the settings folder, and
 * hands a fresh {@link Inventory} to the listener shortly after a change (a burst of events is read once). A file
 * that has an error and was written in the last second may be half-written: it is read again before anything is
 * shown. A folder that does not exist yet is watched through its nearest existing parent. Listener calls come on
 * the watcher's own thread, one at a time.
 */
public final class InventoryWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InventoryWatcher.class);
    static final long SETTLE_MS = 150;
    static final long RETRY_MS = 300;
    static final int RETRIES = 3;
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final InventoryLoader loader;
    private final Consumer<Inventory> listener;
    private final WatchService watch;
    private final Map<Path, WatchKey> keys = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r,
            "sac-files"));
    private final Thread reader;
    private ScheduledFuture<?> pending;
    private volatile boolean closed;

    public InventoryWatcher(InventoryLoader loader, Consumer<Inventory> listener) throws IOException {
        this.loader = loader;
        this.listener = listener;
        this.watch = FileSystems.getDefault().newWatchService();
        register();
        this.reader = daemon(this::events, "sac-files-watch");
        reader.start();
        loader.watched(true);
    }

    private void events() {
        while (!closed) {
            try {
                WatchKey key = watch.take();
                key.pollEvents();
                if (!key.reset()) {
                    keys.values().remove(key);
                }
                schedule(SETTLE_MS, 0);
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
        }
    }

    private synchronized void schedule(long delayMs, int attempt) {
        if (closed) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        try {
            pending = timer.schedule(() -> read(attempt), delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("closed meanwhile: {}", e.getMessage()); // a change seen while closing needs no read
        }
    }

    private void read(int attempt) {
        try {
            register();
            Inventory inv = loader.load();
            if (attempt < RETRIES && hasFreshErrors(inv)) {
                schedule(RETRY_MS, attempt + 1); // maybe caught half-written: look again before showing it
                return;
            }
            listener.accept(inv);
        } catch (RuntimeException e) {
            LOG.warn("reading the agent and reservation files failed: {}", e.getMessage());
        }
    }

    private static boolean hasFreshErrors(Inventory inv) {
        Instant recent = Instant.now().minus(FRESH);
        return inv.problems().stream().filter(Problem::isError).map(Problem::file).filter(Objects::nonNull)
                .distinct().anyMatch(f -> modifiedAfter(f, recent));
    }

    private static boolean modifiedAfter(Path file, Instant t) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(t);
        } catch (IOException e) {
            return false;
        }
    }

    /** Watches every folder and agent subfolder that exists; a missing folder through its nearest parent. */
    private void register() {
        for (Path root : loader.agentRoots()) {
            if (watchNearest(root)) {
                subfolders(root).forEach(this::add);
            }
        }
        loader.otherFolders().forEach(this::watchNearest);
    }

    /** True when {@code folder} itself exists and is watched. */
    private boolean watchNearest(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        while (f != null && !Files.isDirectory(f)) {
            f = f.getParent();
        }
        if (f != null) {
            add(f);
        }
        return f != null && f.equals(folder.toAbsolutePath().normalize());
    }

    private static List<Path> subfolders(Path root) {
        List<Path> all = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root, Files::isDirectory)) {
            children.forEach(all::add);
        } catch (IOException e) {
            LOG.debug("cannot list {}: {}", root, e.getMessage());
        }
        return all;
    }

    private void add(Path dir) {
        if (closed || keys.containsKey(dir)) {
            return;
        }
        try {
            keys.put(dir, dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY));
        } catch (IOException | ClosedWatchServiceException e) {
            LOG.debug("cannot watch {}: {}", dir, e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            loader.watched(false);
        }
        closed = true;
        timer.shutdownNow();
        reader.interrupt();
        try {
            watch.close();
        } catch (IOException e) {
            LOG.debug("closing the file watcher: {}", e.getMessage());
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
