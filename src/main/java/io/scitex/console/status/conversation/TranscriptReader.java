package io.scitex.console.status.conversation;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.remote.PtySource;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemotePty;
import java.io.IOException;
import java.time.Duration;

/** Reads an agent's current transcript once (for {@code sac show-logs --conversation}). */
public final class TranscriptReader {
    private TranscriptReader() {}

    /** The conversation, or a {@link RemoteException} naming the host and the project folder when there is none. */
    public static Conversation read(PtySource ssh, String host, AgentSpec agent) throws RemoteException {
        TranscriptStream stream = new TranscriptStream(c -> { });
        try (RemotePty pty = ssh.openPty(host, TranscriptCommands.read(agent), 400, 10)) {
            stream.read(pty.output());
            pty.waitFor(Duration.ofSeconds(10));
        } catch (RemoteException e) {
            throw e;
        } catch (IOException e) {
            throw new RemoteException(host, "reading the transcript of " + agent.name() + " on " + host + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException(host, "interrupted reading the transcript of " + agent.name(), e);
        }
        if (stream.file().isEmpty()) {
            throw new RemoteException(host, "no Claude Code transcript of agent '" + agent.name() + "' on " + host
                    + (stream.project().isEmpty() ? "" : " (looked in " + stream.project() + ")"));
        }
        return stream.conversation();
    }
}
