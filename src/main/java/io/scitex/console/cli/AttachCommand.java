package io.scitex.console.cli;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemotePty;
import io.scitex.console.runtime.TmuxKeys;
import io.scitex.console.service.AttachMode;
import io.scitex.console.service.AttachTarget;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attach NAME}: the local terminal, raw, bridged to the agent's tmux session on its node. */
@Command(name = "attach", mixinStandardHelpOptions = true,
        description = {"Attach this terminal to an agent's tmux session (srun --pty + tmux attach on its node).",
                "Detach with the tmux prefix then d (C-b d by default); closing the terminal or killing sac also "
                        + "detaches, and leaves no srun step behind. "
                        + "Exits with the remote side's exit status."},
        footerHeading = "%nExamples:%n",
        footer = {"  sac attach head-spartan", "  sac attach dev-helper",
                "  sac attach --read-only dev-helper    watch: keys never reach the agent (C-b d still detaches)"})
final class AttachCommand extends Verb {
    private static final Stty.Size FALLBACK = new Stty.Size(80, 24);

    @Parameters(paramLabel = "NAME|PATH", description = "agent name, agent YAML file or agent folder")
    String agent;

    @Option(names = {"-r", "--read-only"}, description = "watch without typing: a read-only tmux client whose keys "
            + "never reach the agent and whose size never changes the agent's window")
    boolean readOnly;

    @Override
    int run(CliBackend backend) throws Exception {
        if (!root().env().terminal().interactive()) {
            throw new CliException(ExitStatus.USAGE, "Error: attach needs a terminal: run it from an interactive "
                    + "shell (stdin and stdout must be a terminal)");
        }
        AgentSpec spec = AgentArgs.resolve(agent, backend.inventory());
        AttachTarget target = backend.agents().attachTarget(spec,
                readOnly ? AttachMode.WATCH : AttachMode.INTERACTIVE);
        Stty.Size size = Stty.size().orElse(FALLBACK);
        err().println((readOnly ? "Watching '" : "Attaching to '") + target.title() + "' on " + target.host()
                + (readOnly ? " read-only" : "") + " (detach: "
                + target.tmuxPrefix() + " d)");
        err().flush();
        RemotePty pty = backend.openPty(target.host(), target.command(), size.cols(), size.rows());
        byte[] detach = detachKeys(target.tmuxPrefix());
        Thread closer = new Thread(() -> detachThenClose(pty, detach), "sac-attach-close");
        Runtime.getRuntime().addShutdownHook(closer);
        Integer status;
        Optional<RawTerminal> raw = RawTerminal.enter();
        try (ResizeWatcher resize = new ResizeWatcher(size, Stty::size, s -> resize(pty, s))) {
            resize.start();
            status = new PtyBridge(pty, root().env().stdin(), root().env().stdout()).run();
        } finally {
            raw.ifPresent(RawTerminal::close);
            pty.close();
            removeHook(closer);
        }
        return status == null ? ExitStatus.FAILED : status;
    }

    private static byte[] detachKeys(String prefix) {
        try {
            return TmuxKeys.detach(prefix);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    /**
     * On the way out (kill, hang-up): detach the tmux client first so its step ends at once; the attach command
     * itself ends the client if this does not get through.
     */
    private static void detachThenClose(RemotePty pty, byte[] keys) {
        try {
            if (pty.isOpen() && keys.length > 0) {
                pty.input().write(keys);
                pty.input().flush();
                pty.waitFor(Duration.ofSeconds(2));
            }
        } catch (IOException e) {
            // the channel is gone already
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pty.close();
        }
    }

    private static void resize(RemotePty pty, Stty.Size s) {
        try {
            pty.resize(s.cols(), s.rows());
        } catch (RemoteException e) {
            // the channel is closing; the next size change or the exit will tell
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook closes the terminal, which is idempotent
        }
    }
}
