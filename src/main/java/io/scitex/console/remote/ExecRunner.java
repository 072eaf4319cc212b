package io.scitex.console.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.connection.channel.direct.Signal;

/** Runs one command on an exec channel of a host's shared connection: stdin in, stdout/stderr/status out. */
final class ExecRunner {
    private final ExecutorService io;

    ExecRunner(ExecutorService io) {
        this.io = io;
    }

    /**
     * What goes on the wire for a script: the exec request's command line and the bytes for its standard input.
     * Linux caps one argument at 128 KiB (MAX_ARG_STRLEN) and sshd hands the whole line to the login shell as one, so
     * a longer script (e.g. starting 50 tenants in one round trip) travels on standard input ahead of the command's
     * own input: {@code dd} reads exactly its length (never more; the rest stays for the script), then it is run.
     */
    record Request(String line, byte[] stdin) {
        /** Longest command line sent as is. */
        static final int MAX_LINE = 64 * 1024;

        static Request of(String script, byte[] stdin) {
            String line = "bash -lc " + ShellQuote.quote(script);
            if (line.getBytes(StandardCharsets.UTF_8).length <= MAX_LINE) {
                return new Request(line, stdin);
            }
            byte[] body = script.getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[body.length + stdin.length];
            System.arraycopy(body, 0, all, 0, body.length);
            System.arraycopy(stdin, 0, all, body.length, stdin.length);
            return new Request("bash -lc " + ShellQuote.quote("sac_script=$(dd bs=" + body.length
                    + " count=1 iflag=fullblock 2>/dev/null) && eval \"$sac_script\""), all);
        }
    }

    ExecResult run(HostConnection conn, String host, RemoteCommand cmd) throws RemoteException {
        String line = cmd.toShellLine();
        OutputFrame frame = OutputFrame.random();
        long start = System.nanoTime();
        long deadline = start + cmd.timeout().toNanos();
        try {
            if (!conn.acquireChannel(cmd.timeout().toMillis())) {
                throw timeout(host, line, cmd.timeout(), "no free channel (all in use)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException(host, host + ": `" + shorten(line) + "` cancelled", e);
        }
        Session session = null;
        boolean abort = false;
        try {
            session = conn.openSession(deadline);
            Request request = Request.of(frame.wrap(cmd.script()), cmd.stdin());
            Session.Command c = session.exec(request.line());
            CompletableFuture<byte[]> out = drain(c.getInputStream());
            CompletableFuture<byte[]> err = drain(c.getErrorStream());
            CompletableFuture<Void> in = feed(c.getOutputStream(), request.stdin());
            CompletableFuture.allOf(out, err, in).get(remaining(deadline), TimeUnit.NANOSECONDS);
            c.join(Math.max(1, remaining(deadline) / 1_000_000), TimeUnit.MILLISECONDS);
            Integer status = c.getExitStatus();
            Signal signal = c.getExitSignal();
            if (status == null && signal == null) {
                throw new RemoteException(host, host + ": `" + shorten(line) + "` ended without an exit status"
                        + " (connection lost?)");
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new ExecResult(host, line, status != null ? status : 128 + signalNumber(signal),
                    frame.commandOutput(new String(out.get(), StandardCharsets.UTF_8)),
                    frame.cut(new String(err.get(), StandardCharsets.UTF_8)), elapsed);
        } catch (TimeoutException e) {
            abort = true;
            throw timeout(host, line, cmd.timeout(), "timed out");
        } catch (InterruptedException e) {
            abort = true;
            Thread.currentThread().interrupt();
            throw new RemoteException(host, host + ": `" + shorten(line) + "` cancelled", e);
        } catch (ExecutionException e) {
            throw new RemoteException(host, host + ": `" + shorten(line) + "` failed: connection lost: "
                    + SshConnector.describe(e.getCause()), e.getCause());
        } catch (RemoteException e) {
            throw e;
        } catch (IOException e) {
            throw new RemoteException(host, host + ": `" + shorten(line) + "` failed: "
                    + SshConnector.describe(e), e);
        } finally {
            finish(conn, session, abort);
        }
    }

    /** Frees the channel; an aborted command gets SIGTERM and is closed off the caller's thread. */
    private void finish(HostConnection conn, Session session, boolean abort) {
        if (session == null) {
            conn.releaseChannel();
        } else if (!abort) {
            closeQuietly(session);
            conn.releaseChannel();
        } else {
            io.execute(() -> {
                try {
                    ((Session.Command) session).signal(Signal.TERM);
                } catch (Exception e) {
                    // the channel may already be gone
                }
                closeQuietly(session);
                conn.releaseChannel();
            });
        }
    }

    private CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, io);
    }

    private CompletableFuture<Void> feed(OutputStream out, byte[] data) {
        return CompletableFuture.runAsync(() -> {
            try (out) {
                out.write(data);
            } catch (IOException e) {
                // the command may exit without reading its input; its result still counts
            }
        }, io);
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private static RemoteException timeout(String host, String line, Duration t, String what) {
        return new RemoteException(host, host + ": `" + shorten(line) + "` " + what + " after "
                + t.toMillis() / 1000.0 + " s");
    }

    static String shorten(String line) {
        return line.length() <= 300 ? line : line.substring(0, 300) + "...";
    }

    private static int signalNumber(Signal s) {
        return switch (s) {
            case HUP -> 1;
            case INT -> 2;
            case QUIT -> 3;
            case ILL -> 4;
            case ABRT -> 6;
            case FPE -> 8;
            case KILL -> 9;
            case SEGV -> 11;
            case PIPE -> 13;
            case ALRM -> 14;
            case TERM -> 15;
            default -> 127;
        };
    }

    private static void closeQuietly(Session s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing a dead channel
        }
    }
}
