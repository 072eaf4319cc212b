package io.scitex.console.ui.logs;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.app.ConsoleContext;
import io.scitex.console.runtime.LogStreams;
import io.scitex.console.runtime.LogTail;
import io.scitex.console.service.LogTarget;
import io.scitex.console.service.ServiceException;
import java.util.List;

/**
 * The window's source: the agent from the inventory, its logs from the agent service, every tail carried by the
 * window's {@link LogStreams} (one stream per host, docs/decisions/0510).
 */
public final class ContextLogSource implements LogSource, AutoCloseable {
    private final ConsoleContext context;
    private final LogStreams streams;

    public ContextLogSource(ConsoleContext context) {
        this.context = context;
        this.streams = new LogStreams(context.sshHosts());
    }

    @Override
    public AutoCloseable open(String agent, int lines, LogTail.Listener listener) throws ServiceException {
        AgentSpec spec = context.inventory().load().agent(agent).orElseThrow(() -> new ServiceException(
                "agent '" + agent + "' is not among the agent files"));
        LogTarget target = context.agents().outputLog(spec);
        List<LogTail> tails = streams.open(target, LogStreams.From.lastLines(lines), listener);
        return () -> tails.forEach(LogTail::close);
    }

    /** Hosts with a stream open now. */
    public int streams() {
        return streams.streams();
    }

    @Override
    public void close() {
        streams.close();
    }
}
