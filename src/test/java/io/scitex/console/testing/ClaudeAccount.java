package io.scitex.console.testing;

import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.SshHosts;

/**
 * Points the cluster account's real Claude Code at a test's {@link ScriptedApi} by writing the {@code env} of its
 * {@code ~/.claude/settings.json} (what {@code scripts/cluster/claude} seeds), and puts the previous file back on
 * {@link #close}. The API listens on 127.0.0.1, which the cluster's node shares.
 */
public final class ClaudeAccount implements AutoCloseable {
    public static final String KEY = "sk-ant-dummy-key-0000000000";
    private static final String FILE = "$HOME/.claude/settings.json";

    private final SshHosts hosts;
    private final String previous;

    private ClaudeAccount(SshHosts hosts, String previous) {
        this.hosts = hosts;
        this.previous = previous;
    }

    public static ClaudeAccount pointAt(SshHosts hosts, ScriptedApi api) throws RemoteException {
        ExecResult old = hosts.run(TestCluster.ALIAS, RemoteCommand.script("cat " + FILE + " 2>/dev/null; true"));
        String settings = ScriptedApi.JSON.createObjectNode().set("env", ScriptedApi.JSON.createObjectNode()
                .put("ANTHROPIC_BASE_URL", api.baseUrl()).put("ANTHROPIC_API_KEY", KEY)
                .put("DISABLE_AUTOUPDATER", "1").put("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1")).toString();
        write(hosts, settings);
        return new ClaudeAccount(hosts, old.stdout());
    }

    private static void write(SshHosts hosts, String content) throws RemoteException {
        ExecResult r = hosts.run(TestCluster.ALIAS, RemoteCommand.script("mkdir -p $HOME/.claude && cat > " + FILE
                + ".new && mv " + FILE + ".new " + FILE).withStdin(content));
        if (!r.ok()) {
            throw new AssertionError("cannot write the cluster's Claude settings: " + r);
        }
    }

    @Override
    public void close() throws RemoteException {
        if (!previous.isBlank()) {
            write(hosts, previous);
        }
    }
}
