package io.scitex.console.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The fixed bash scripts run inside a job; they take every variable part as an argument, never as text. */
final class RemoteScripts {
    static final String TENANT_BATCH = load("tenant-batch.bash");
    static final String PANE_SWEEP = load("pane-sweep.bash");
    static final String PANE_INPUT = withoutComments(read("pane-input.bash"));
    static final String ATTACH = withoutComments(read("attach.bash"));
    static final String LOG_STREAM = withoutComments(read("log-stream.bash"));

    private RemoteScripts() {}

    private static String load(String name) {
        try (InputStream codec = RemoteScripts.class.getResourceAsStream("codec.bash");
                InputStream body = RemoteScripts.class.getResourceAsStream(name)) {
            if (codec == null || body == null) {
                throw new IllegalStateException("missing script resource " + name);
            }
            return withoutComments(new String(codec.readAllBytes(), StandardCharsets.UTF_8)
                    + new String(body.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String name) {
        try (InputStream body = RemoteScripts.class.getResourceAsStream(name)) {
            if (body == null) {
                throw new IllegalStateException("missing script resource " + name);
            }
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Comment lines are for readers of the resource, not bytes to send on every refresh. */
    private static String withoutComments(String script) {
        StringBuilder out = new StringBuilder();
        script.lines().filter(l -> !l.stripLeading().startsWith("#")).forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }
}
