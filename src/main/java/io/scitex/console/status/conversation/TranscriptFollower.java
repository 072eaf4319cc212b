package io.scitex.console.status.conversation;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.remote.PtySource;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemotePty;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Follows an agent's current transcript live (docs/decisions/0511): one PTY per follower on the agent's home host
 * running {@link TranscriptCommands#follow}; when the channel drops it is reopened after a second from the last
 * complete line's byte offset. {@link #close} closes the channel, which hangs up the remote loop and its tail:
 * nothing is left running. Snapshots go to {@code sink} on the follower's own thread.
 */
public final class TranscriptFollower implements AutoCloseable {
    private static final long RETRY_MS = 1000;

    private final PtySource ssh;
    private final String host;
    private final AgentSpec agent;
    private final TranscriptStream stream;
    private final Consumer<String> problems;
    private final Thread thread;
    private volatile RemotePty pty;
    private volatile boolean closed;

    /**
     * @param sink gets each new snapshot of the conversation
     * @param problems gets a message when the stream cannot be opened (it keeps retrying)
     */
    public TranscriptFollower(PtySource ssh, String host, AgentSpec agent, Consumer<Conversation> sink,
            Consumer<String> problems) {
        this.ssh = ssh;
        this.host = host;
        this.agent = agent;
        this.stream = new TranscriptStream(sink);
        this.problems = problems;
        this.thread = new Thread(this::run, "sac-transcript-" + agent.name());
        thread.setDaemon(true);
    }

    public TranscriptFollower start() {
        thread.start();
        return this;
    }

    /** The transcript followed now ("" before one was found). */
    public String file() {
        return stream.file();
    }

    private void run() {
        boolean reported = false;
        while (!closed) {
            try {
                RemotePty p = ssh.openPty(host, TranscriptCommands.follow(agent, stream.file(), stream.offset()),
                        400, 10);
                pty = p;
                reported = false;
                if (closed) {
                    p.close();
                    return;
                }
                try (p) {
                    stream.read(p.output());
                }
            } catch (IOException e) {
                if (!closed && !reported) { // once per outage, not every retry
                    reported = true;
                    problems.accept("conversation of " + agent.name() + " on " + host + ": " + e.getMessage());
                }
            }
            pause();
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops following and closes the channel; idempotent. */
    @Override
    public void close() {
        closed = true;
        RemotePty p = pty;
        if (p != null) {
            p.close();
        }
        thread.interrupt();
    }
}
