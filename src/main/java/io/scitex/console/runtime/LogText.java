package io.scitex.console.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes of a log, in chunks cut anywhere (inside a line, inside a UTF-8 character), to its complete lines as text
 * without terminal control sequences ({@link Ansi}). The unfinished last line waits for its newline.
 */
public final class LogText {
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

    public List<String> lines(byte[] bytes) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                String text;
                if (partial.size() == 0) {
                    text = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                } else {
                    partial.write(bytes, start, i - start);
                    text = partial.toString(StandardCharsets.UTF_8);
                    partial.reset();
                }
                out.add(Ansi.strip(text));
                start = i + 1;
            }
        }
        partial.write(bytes, start, bytes.length - start);
        return out;
    }

    /** Forgets the unfinished line (the bytes after it were lost). */
    public void reset() {
        partial.reset();
    }

    /** The unfinished last line so far, stripped. */
    public String pending() {
        return Ansi.strip(partial.toString(StandardCharsets.UTF_8));
    }
}
