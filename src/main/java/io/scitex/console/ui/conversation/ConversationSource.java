package io.scitex.console.ui.conversation;

import io.scitex.console.status.conversation.Conversation;
import java.util.function.Consumer;

/** Starts following an agent's conversation. Blocking (finds the agent and its host): called off the FX thread. */
@FunctionalInterface
public interface ConversationSource {
    /**
     * @param sink gets each new snapshot, on a background thread
     * @param problems gets messages about a stream that cannot be opened
     * @return what stops the following
     */
    AutoCloseable follow(String agent, Consumer<Conversation> sink, Consumer<String> problems) throws Exception;

    /** No source (before the window wires one): nothing is followed. */
    ConversationSource NONE = (agent, sink, problems) -> () -> { };
}
