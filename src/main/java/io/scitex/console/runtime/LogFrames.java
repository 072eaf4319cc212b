package io.scitex.console.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the framed output of {@code log-stream.bash} as it arrives, in pieces of any size: everything up to the
 * marker line is the login shell's (skipped); then header lines, each chunk header followed by exactly its length in
 * bytes. A header that does not parse ends the stream ({@link IllegalStateException}): the caller reopens it from the
 * last byte it kept.
 */
final class LogFrames {
    /** What the frames carry. */
    interface Sink {
        void chunk(String id, String inode, long offset, byte[] bytes);

        void gap(String id);

        void synced(List<String> missing);
    }

    private final byte[] marker;
    private final Sink sink;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean started;
    private String id;
    private String inode;
    private long offset;
    private byte[] body;
    private int filled;

    LogFrames(String marker, Sink sink) {
        this.marker = marker.getBytes(StandardCharsets.US_ASCII);
        this.sink = sink;
    }

    void feed(byte[] buf, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end) {
            if (body != null) {
                int n = Math.min(end - i, body.length - filled);
                System.arraycopy(buf, i, body, filled, n);
                filled += n;
                i += n;
                if (filled == body.length) {
                    byte[] done = body;
                    body = null;
                    sink.chunk(id, inode, offset, done);
                }
                continue;
            }
            byte b = buf[i++];
            if (b != '\n') {
                line.write(b);
                continue;
            }
            byte[] l = line.toByteArray();
            line.reset();
            if (!started) {
                started = Arrays.equals(strip(l), marker);
            } else {
                header(new String(l, StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] strip(byte[] l) {
        return l.length > 0 && l[l.length - 1] == '\r' ? Arrays.copyOf(l, l.length - 1) : l;
    }

    private void header(String h) {
        String[] f = h.split("\t", -1);
        try {
            if (f[0].equals("SAC-LOG") && f.length == 5) {
                id = f[1];
                inode = f[2];
                offset = Long.parseLong(f[3]);
                int n = Integer.parseInt(f[4]);
                if (n == 0) {
                    sink.chunk(id, inode, offset, new byte[0]);
                } else {
                    body = new byte[n];
                    filled = 0;
                }
                return;
            }
            if (f[0].equals("SAC-LOG-GAP") && f.length == 2) {
                sink.gap(f[1]);
                return;
            }
            if (f[0].equals("SAC-LOG-SYNC") && f.length == 2) {
                sink.synced(f[1].isEmpty() ? List.of() : List.of(f[1].split(" ")));
                return;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new IllegalStateException("unexpected line in the log stream: " + h);
    }
}
