package io.scitex.console.cli;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.runtime.LogStreams;
import io.scitex.console.runtime.LogTail;
import io.scitex.console.service.LogTarget;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code show-logs} from the agent's lossless output log (docs/decisions/0510): its last N lines, then with follow
 * every new line as it is written, through one stream that resumes from its last byte after a dropped link. An agent
 * started before output logs existed has none: its pane is shown as before.
 */
final class OutputLogPrinter {
    static final long SYNC_SECONDS = 60;

    private final CliBackend backend;
    private final PrintWriter out;
    private final PrintWriter err;

    OutputLogPrinter(CliBackend backend, PrintWriter out, PrintWriter err) {
        this.backend = backend;
        this.out = out;
        this.err = err;
    }

    /** Prints the last {@code lines} lines, then with {@code follow} new ones until interrupted (Ctrl-C: exit 0). */
    int print(AgentSpec spec, int lines, boolean follow) throws Exception {
        LogTarget target = backend.agents().outputLog(spec);
        CountDownLatch synced = new CountDownLatch(target.sources().size());
        AtomicInteger missing = new AtomicInteger();
        try (LogStreams streams = new LogStreams(backend::openPty)) {
            List<LogTail> tails = streams.open(target, LogStreams.From.lastLines(lines), new LogTail.Listener() {
                @Override
                public void lines(List<String> got) {
                    synchronized (out) {
                        got.forEach(out::println);
                        out.flush();
                    }
                }

                @Override
                public void gap() {
                    err.println("[sac] some output of " + spec.name() + " was rotated away before it was read");
                    err.flush();
                }

                @Override
                public void synced(boolean absent) {
                    if (absent) {
                        missing.incrementAndGet();
                    }
                    synced.countDown();
                }
            });
            if (!synced.await(SYNC_SECONDS, TimeUnit.SECONDS)) {
                throw new CliException(ExitStatus.FAILED, "Error: cannot read the output log of " + spec.name()
                        + " on " + target.host() + " (no answer within " + SYNC_SECONDS + " s)");
            }
            if (missing.get() == target.sources().size()) {
                if (!follow) {
                    PaneText.tail(backend.agents().logs(spec, lines), lines).forEach(out::println);
                    return ExitStatus.OK;
                }
                err.println("[sac] " + spec.name() + " has no output log yet (" + target.sources().get(0).path()
                        + " on " + target.host() + "); waiting for it");
                err.flush();
            }
            if (!follow) {
                synchronized (out) {
                    tails.stream().map(t -> t.pending().stripTrailing()).filter(p -> !p.isEmpty())
                            .forEach(out::println);
                }
                return ExitStatus.OK;
            }
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // Ctrl-C: the stream is closed, nothing is left on the host
        }
        return ExitStatus.OK;
    }
}
