package io.scitex.console.remote;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import net.schmizz.concurrent.Promise;
import net.schmizz.sshj.common.SSHPacket;
import net.schmizz.sshj.connection.ConnectionException;

/**
 * Probes a link with {@code keepalive@openssh.com} every half interval and waits half an interval for the answer,
 * so a silent network loss is noticed within one interval. Any answer, even a refusal, proves the link alive.
 */
final class KeepAlive {
    private final ScheduledFuture<?> task;

    KeepAlive(ScheduledExecutorService scheduler, Link link, Duration interval, BiConsumer<Link, String> onDead) {
        long half = Math.max(250, interval.toMillis() / 2);
        task = scheduler.scheduleWithFixedDelay(() -> probe(link, half, interval, onDead), half, half,
                TimeUnit.MILLISECONDS);
    }

    void stop() {
        task.cancel(false);
    }

    private static void probe(Link link, long waitMs, Duration interval, BiConsumer<Link, String> onDead) {
        try {
            Promise<SSHPacket, ConnectionException> p = link.client().getConnection()
                    .sendGlobalRequest("keepalive@openssh.com", true, new byte[0]);
            if (p.tryRetrieve(waitMs, TimeUnit.MILLISECONDS) == null) {
                onDead.accept(link, "no answer to keepalive within " + waitMs + " ms (interval "
                        + interval.toSeconds() + " s)");
            }
        } catch (ConnectionException e) {
            if (!link.client().isConnected()) {
                onDead.accept(link, "connection lost: " + SshConnector.describe(e));
            }
        } catch (Exception e) {
            onDead.accept(link, "connection lost: " + SshConnector.describe(e));
        }
    }
}
