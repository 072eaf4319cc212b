package io.scitex.console.ui.conversation;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.app.ConsoleContext;
import io.scitex.console.service.ServiceException;
import io.scitex.console.status.conversation.Conversation;
import io.scitex.console.status.conversation.TranscriptFollower;
import java.util.function.Consumer;

/** The window's source: the agent from the inventory, its home host from the agent service, one follower each. */
public final class ContextConversationSource implements ConversationSource {
    private final ConsoleContext context;

    public ContextConversationSource(ConsoleContext context) {
        this.context = context;
    }

    @Override
    public AutoCloseable follow(String agent, Consumer<Conversation> sink, Consumer<String> problems)
            throws ServiceException {
        AgentSpec spec = context.inventory().load().agent(agent).orElseThrow(() -> new ServiceException(
                "agent '" + agent + "' is not among the agent files"));
        String host = context.agents().homeHost(spec);
        return new TranscriptFollower(context.sshHosts(), host, spec, sink, problems).start();
    }
}
