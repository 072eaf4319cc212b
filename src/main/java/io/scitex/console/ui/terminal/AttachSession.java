package io.scitex.console.ui.terminal;

import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemoteExecutor;
import io.scitex.console.remote.RemotePty;
import io.scitex.console.service.AttachTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One terminal's attaches to an agent. Each attach gets a fresh target (its own client token, the job as it is
 * now). When a link drops because the login host's session was killed rather than hung up, attach.bash's trap never
 * runs and that attach's tmux client and {@code srun --pty} step stay on the node (decision 0605): so before each
 * re-attach the previous client is released, and a tab closed during an outage releases it once the host answers.
 */
public final class AttachSession {
    private static final Logger LOG = LoggerFactory.getLogger(AttachSession.class);

    /** Opens a PTY on a target. */
    public interface Opener {
        RemotePty open(AttachTarget target) throws Exception;
    }

    private final RemoteExecutor remote;
    private final Callable<AttachTarget> targets;
    private final Opener opener;
    private volatile AttachTarget current;

    /**
     * @param remote runs the release command on the target's host
     * @param targets a fresh target per attach (off the FX thread)
     */
    public AttachSession(RemoteExecutor remote, AttachTarget first, Callable<AttachTarget> targets, Opener opener) {
        this.remote = remote;
        this.current = first;
        this.targets = targets;
        this.opener = opener;
    }

    /** The first attach. */
    public RemotePty open() throws Exception {
        return opener.open(current);
    }

    /** After a dropped link: the dropped client released (fails while the host is away), then a fresh attach. */
    public RemotePty reopen() throws Exception {
        release(current);
        AttachTarget next = targets.call();
        current = next;
        return opener.open(next);
    }

    /**
     * After a tab was closed during an outage: releases the last client on a daemon thread, trying every
     * {@code retry} until it worked or {@code giveUp} passed.
     */
    public void releaseLater(Duration retry, Duration giveUp) {
        AttachTarget target = current;
        Thread t = new Thread(() -> {
            Instant end = Instant.now().plus(giveUp);
            while (Instant.now().isBefore(end)) {
                try {
                    release(target);
                    return;
                } catch (RemoteException e) {
                    sleep(retry);
                }
            }
            LOG.warn("could not release the terminal client of {} on {} within {}: the host did not answer",
                    target.title(), target.host(), giveUp);
        }, "sac-release-client");
        t.setDaemon(true);
        t.start();
    }

    private void release(AttachTarget target) throws RemoteException {
        // exit status 1 (no such client: the trap did its work) is the common case and fine
        ExecResult r = remote.run(target.host(), target.release());
        LOG.info("released the terminal client of {} on {}: exit {} in {} ms{}", target.title(), target.host(),
                r.exitStatus(), r.elapsed().toMillis(), r.stderr().isBlank() ? "" : " (" + r.stderr().strip() + ")");
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
