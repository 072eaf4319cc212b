package io.scitex.console.service;

import io.scitex.console.agent.AgentSpec;
import java.util.List;

/**
 * Starts, stops and inspects agents of both SLURM runtimes. Tenants of one reservation are handled in ONE remote
 * round trip per request, whatever their number. Every call blocks: callers run it off the FX thread.
 */
public interface AgentService {
    /** Starts each agent; an agent already running is left alone unless {@code force}. One result per agent. */
    List<ActionResult> start(List<AgentSpec> agents, boolean force);

    /** Stops each agent. A tenant's reservation is never released. One result per agent. */
    List<ActionResult> stop(List<AgentSpec> agents);

    /** The last {@code lines} lines of the agent's pane (tenant) or job output (slurm), oldest first. */
    List<String> logs(AgentSpec agent, int lines) throws ServiceException;

    /** Where the agent's lossless output logs are (docs/decisions/0510). */
    default LogTarget outputLog(AgentSpec agent) throws ServiceException {
        throw new ServiceException("output logs are not supported here");
    }

    /**
     * Types into the agent's pane: a prompt, an approval, a denial (keys, and text pasted through a tmux buffer).
     */
    default void input(AgentSpec agent, PaneInput input) throws ServiceException {
        throw new ServiceException("typing into agents is not supported here");
    }

    /**
     * The host whose home holds the agent's Claude Code files (its transcripts): a tenant's reservation host, a
     * slurm agent's submission host (homes are shared with the nodes).
     */
    default String homeHost(AgentSpec agent) throws ServiceException {
        throw new ServiceException("reading transcripts is not supported here");
    }

    /** What to run in a PTY to attach a terminal to the agent's session. */
    /** An interactive attach ({@link AttachMode#INTERACTIVE}). */
    default AttachTarget attachTarget(AgentSpec agent) throws ServiceException {
        return attachTarget(agent, AttachMode.INTERACTIVE);
    }

    AttachTarget attachTarget(AgentSpec agent, AttachMode mode) throws ServiceException;

    /**
     * Restarts, into the reservation's current job, the given tenants whose sessions were lost when the job ended
     * or resubmitted itself. One round trip.
     */
    List<ActionResult> restartLost(String reservation, List<AgentSpec> tenants) throws ServiceException;
}
