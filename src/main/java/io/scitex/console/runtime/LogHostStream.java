package io.scitex.console.runtime;

import io.scitex.console.remote.PtySource;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemotePty;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/**
 * The ONE stream of a host (docs/decisions/0510): {@code log-stream.bash} in a PTY carrying every open tail of the
 * host. It is reopened, from each tail's last byte, when a tail comes or goes and after the link dropped (every
 * second while it stays down); closing the channel hangs the script up, so nothing is left on the host.
 */
final class LogHostStream implements Runnable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long RETRY_MS = 1000;

    private final String host;
    private final PtySource ssh;
    private final Map<String, LogTail> tails = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private long generation;
    private RemotePty pty;
    private boolean stopped;

    LogHostStream(String host, PtySource ssh) {
        this.host = host;
        this.ssh = ssh;
    }

    void add(LogTail t) {
        tails.put(t.id, t);
        changed();
    }

    /** True when this was the last tail: the stream stops. */
    boolean remove(LogTail t) {
        tails.remove(t.id);
        synchronized (lock) {
            stopped = tails.isEmpty();
        }
        changed();
        return tails.isEmpty();
    }

    void stop() {
        synchronized (lock) {
            stopped = true;
        }
        changed();
    }

    private void changed() {
        RemotePty open;
        synchronized (lock) {
            generation++;
            open = pty;
            lock.notifyAll();
        }
        if (open != null) {
            open.close();
        }
    }

    /** The stream script with each tail's id, path and position. */
    static RemoteCommand command(String marker, List<LogTail> now, Function<LogTail, List<String>> position) {
        List<String> argv = new ArrayList<>(List.of("bash", "-c", RemoteScripts.LOG_STREAM, "sac-logs", marker));
        for (LogTail t : now) {
            argv.add(t.id);
            argv.add(t.source.path());
            argv.addAll(position.apply(t));
        }
        return RemoteCommand.of(argv);
    }

    @Override
    public void run() {
        while (true) {
            long gen;
            List<LogTail> now;
            synchronized (lock) {
                if (stopped) {
                    return;
                }
                gen = generation;
                now = List.copyOf(tails.values());
            }
            boolean ok = now.isEmpty() || stream(gen, now);
            synchronized (lock) {
                if (!ok && gen == generation && !stopped) {
                    try {
                        lock.wait(RETRY_MS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    /** One life of the remote script; false when it ended without being asked to. */
    private boolean stream(long gen, List<LogTail> now) {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        String marker = "SAC-LOGS-" + HexFormat.of().formatHex(b);
        RemotePty p;
        try {
            p = ssh.openPty(host, command(marker, now, LogTail::position), 200, 10);
        } catch (RemoteException e) {
            LoggerFactory.getLogger(LogHostStream.class).debug("log stream of {} not open: {}", host, e.getMessage());
            return false;
        }
        synchronized (lock) {
            if (gen != generation) {
                p.close();
                return true;
            }
            pty = p;
        }
        Set<String> ids = ConcurrentHashMap.newKeySet();
        now.forEach(t -> ids.add(t.id));
        LogFrames frames = new LogFrames(marker, new LogFrames.Sink() {
            @Override
            public void chunk(String id, String inode, long offset, byte[] bytes) {
                LogTail t = tails.get(id);
                if (t != null && ids.contains(id)) {
                    t.chunk(inode, offset, bytes);
                }
            }

            @Override
            public void gap(String id) {
                LogTail t = tails.get(id);
                if (t != null) {
                    t.gap();
                }
            }

            @Override
            public void synced(List<String> missing) {
                now.forEach(t -> t.synced(missing.contains(t.id)));
            }
        });
        try (InputStream in = p.output()) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) >= 0; ) {
                frames.feed(buf, 0, n);
            }
        } catch (IOException | IllegalStateException e) {
            LoggerFactory.getLogger(LogHostStream.class).debug("log stream of {} ended: {}", host, e.toString());
        } finally {
            p.close();
            synchronized (lock) {
                if (pty == p) {
                    pty = null;
                }
            }
        }
        synchronized (lock) {
            return gen != generation || stopped;
        }
    }
}
