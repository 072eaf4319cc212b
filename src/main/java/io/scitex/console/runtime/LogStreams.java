package io.scitex.console.runtime;

import io.scitex.console.remote.PtySource;
import io.scitex.console.service.LogTarget;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every open tail of output logs, carried by one stream per host ({@link LogHostStream}, docs/decisions/0510): the
 * first tail of a host opens it, the last one closed stops it.
 */
public final class LogStreams implements AutoCloseable {
    /** Where a new tail starts. */
    public record From(String mode, long offset) {
        /** Every byte still kept (the rotated file first). */
        public static final From ALL = new From("all", 0);
        /** Only what is written from now on. */
        public static final From NOW = new From("tail", 0);

        /** The last {@code n} lines. */
        public static From lastLines(int n) {
            return new From("lines", n);
        }
    }

    private final PtySource ssh;
    private final Map<String, LogHostStream> hosts = new HashMap<>();
    private int ids;

    public LogStreams(PtySource ssh) {
        this.ssh = ssh;
    }

    /** Opens one tail per source of the target; each line goes to {@code listener} on the host's stream thread. */
    public synchronized List<LogTail> open(LogTarget target, From from, LogTail.Listener listener) {
        LogHostStream h = hosts.get(target.host());
        boolean fresh = h == null;
        if (fresh) {
            h = new LogHostStream(target.host(), ssh);
            hosts.put(target.host(), h);
        }
        List<LogTail> out = target.sources().stream().map(s -> new LogTail("t" + ++ids, target.host(), s,
                from.mode(), from.offset(), listener, this::closed)).toList();
        out.forEach(h::add);
        if (fresh) {
            Thread t = new Thread(h, "sac-logs-" + target.host());
            t.setDaemon(true);
            t.start();
        }
        return out;
    }

    /** Hosts with a stream open now. */
    public synchronized int streams() {
        return hosts.size();
    }

    private synchronized void closed(LogTail t) {
        LogHostStream h = hosts.get(t.host);
        if (h != null && h.remove(t)) {
            hosts.remove(t.host);
        }
    }

    @Override
    public synchronized void close() {
        hosts.values().forEach(LogHostStream::stop);
        hosts.clear();
    }
}
