package io.scitex.console.runtime;

import io.scitex.console.service.LogTarget;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * One open tail of a log file (docs/decisions/0510): where it is (the generation of the file and the next byte's offset), so
 * that a reopened stream resumes exactly there; a chunk that repeats bytes it has is cut, one that skips bytes is a
 * gap. Lines go to the listener on the stream's thread.
 */
public final class LogTail implements AutoCloseable {
    /** What a tail reports; called on the stream's thread. */
    public interface Listener {
        void lines(List<String> lines);

        /** Bytes were lost (rotated away before they were read). */
        default void gap() {}

        /** The stream read every log to its end once; {@code missing}: this one does not exist (yet). */
        default void synced(boolean missing) {}
    }

    final String id;
    final String host;
    final LogTarget.Source source;
    private final Listener listener;
    private final Consumer<LogTail> onClose;
    private final LogText text = new LogText();
    private String from;
    private long offset;
    private volatile boolean closed;

    LogTail(String id, String host, LogTarget.Source source, String from, long offset, Listener listener,
            Consumer<LogTail> onClose) {
        this.id = id;
        this.host = host;
        this.source = source;
        this.from = from;
        this.offset = offset;
        this.listener = listener;
        this.onClose = onClose;
    }

    /** The FROM and OFFSET arguments of the stream script: where this tail goes on. */
    synchronized List<String> position() {
        return List.of(from, Long.toString(offset));
    }

    synchronized void chunk(String inode, long at, byte[] bytes) {
        if (closed) {
            return;
        }
        byte[] fresh = bytes;
        long end = at + bytes.length;
        if (inode.equals(from)) {
            if (end <= offset) {
                return;
            }
            if (at < offset) {
                fresh = Arrays.copyOfRange(bytes, (int) (offset - at), bytes.length);
            } else if (at > offset) {
                lost();
            }
        } else if (at != 0 && isGeneration(from)) {
            lost();
        }
        from = inode;
        offset = end;
        if (fresh.length > 0) {
            List<String> lines = text.lines(fresh);
            if (!lines.isEmpty()) {
                listener.lines(source.prefix().isEmpty() ? lines
                        : lines.stream().map(l -> source.prefix() + l).toList());
            }
        }
    }

    synchronized void gap() {
        if (!closed) {
            lost();
        }
    }

    void synced(boolean missing) {
        if (!closed) {
            listener.synced(missing);
        }
    }

    /** The unfinished last line so far (a prompt waiting for input), without control sequences. */
    public synchronized String pending() {
        String p = text.pending();
        return p.isEmpty() ? "" : source.prefix() + p;
    }

    private void lost() {
        text.reset();
        listener.gap();
    }

    private static boolean isGeneration(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    public boolean isClosed() {
        return closed;
    }

    /** Stops this tail; the host's stream stops with its last tail. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            onClose.accept(this);
        }
    }
}
