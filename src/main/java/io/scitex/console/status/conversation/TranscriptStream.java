package io.scitex.console.status.conversation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads the output of {@link TranscriptCommands} into a {@link Conversation}: a new transcript (another file, or
 * the same from offset 0) starts a fresh parser; the byte offset of the last complete line of the current file is
 * kept so a reopened stream resumes there (nothing lost, nothing twice). Hands a snapshot to {@code sink} whenever
 * no more output is buffered, so a burst of lines makes one update, not one per line.
 */
public final class TranscriptStream {
    private final Consumer<Conversation> sink;
    private String project = "";
    private String file = "";
    private long offset;
    private TranscriptParser parser = new TranscriptParser("");
    private boolean dirty;
    private int blanks;

    public TranscriptStream(Consumer<Conversation> sink) {
        this.sink = sink;
    }

    /** The project folder the remote side looked in ("" before it said). */
    public synchronized String project() {
        return project;
    }

    /** The current transcript ("" when none was found yet). */
    public synchronized String file() {
        return file;
    }

    /** Bytes of {@link #file} read so far, complete lines only. */
    public synchronized long offset() {
        return offset;
    }

    /** What was read so far. */
    public synchronized Conversation conversation() {
        return parser.conversation();
    }

    /** Reads {@code in} until it ends (complete lines only). */
    public void read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        StringBuilder line = new StringBuilder();
        for (int c = r.read(); c >= 0; c = r.read()) {
            if (c != '\n') {
                line.append((char) c);
                continue;
            }
            line(line.toString());
            line.setLength(0);
            if (!r.ready()) {
                flush();
            }
        }
        flush(); // a line cut off by the end of the stream is not read: the reopened stream sends it whole
    }

    synchronized void line(String raw) {
        String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        if (line.startsWith(TranscriptCommands.PROJECT)) {
            project = line.substring(TranscriptCommands.PROJECT.length());
        } else if (line.startsWith(TranscriptCommands.TRANSCRIPT)) {
            header(line.substring(TranscriptCommands.TRANSCRIPT.length()));
        } else if (line.isEmpty()) {
            blanks++; // the newline before a header (it ends a cut-off line), or an empty line of the file
        } else if (!file.isEmpty()) {
            offset += blanks + line.getBytes(StandardCharsets.UTF_8).length + 1;
            blanks = 0;
            parser.accept(line);
            dirty = true;
        }
    }

    private void header(String rest) {
        blanks = 0;
        int space = rest.indexOf(' ');
        long from = space < 0 ? 0 : parseLong(rest.substring(0, space));
        String f = space < 0 ? "" : rest.substring(space + 1);
        if (!f.equals(file) || from != offset) {
            file = f;
            offset = from;
            parser = new TranscriptParser(f);
            dirty = true;
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void flush() {
        Conversation c;
        synchronized (this) {
            if (!dirty) {
                return;
            }
            dirty = false;
            c = parser.conversation();
        }
        sink.accept(c);
    }
}
