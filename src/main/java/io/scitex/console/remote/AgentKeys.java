package io.scitex.console.remote;

import java.util.List;
import net.schmizz.sshj.userauth.method.AuthMethod;

/** Keys held by the user's ssh-agent, offered before key files. */
interface AgentKeys {
    /** One publickey method per agent key (empty when no agent runs). */
    List<AuthMethod> methods();
}
