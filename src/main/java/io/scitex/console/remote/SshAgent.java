package io.scitex.console.remote;

import java.util.List;
import net.schmizz.sshj.userauth.method.AuthMethod;

/** The user's ssh-agent, found through SSH_AUTH_SOCK. */
final class SshAgent implements AgentKeys {
    private SshAgent() {}

    /** The agent named by SSH_AUTH_SOCK, or null when there is none. */
    static AgentKeys fromEnvironment() {
        return null;
    }

    @Override
    public List<AuthMethod> methods() {
        return List.of();
    }
}
