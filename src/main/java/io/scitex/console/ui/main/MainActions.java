package io.scitex.console.ui.main;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.lease.Lease;
import java.nio.file.Path;
import java.util.List;

/** What the window asks the composition root to do; every call returns at once and works in the background. */
public interface MainActions {
    MainActions NONE = new MainActions() {};

    default void reload() {}

    /** Asks for a folder of agent YAMLs, then adds it as {@link #addAgentFolder} does. */
    default void chooseAgentFolder() {}

    /** Adds a folder of agent YAMLs to the settings (kept for the next start) and reloads. */
    default void addAgentFolder(Path folder) {}

    default void refreshNow() {}

    default void start(List<AgentSpec> agents, boolean force) {}

    default void stop(List<AgentSpec> agents) {}

    default void attach(AgentSpec agent) {}

    /** A read-only terminal on the agent (keys never reach it). */
    default void watch(AgentSpec agent) {}

    default void book() {}

    default void refreshLease(Lease lease) {}

    default void release(Lease lease) {}

    /** Approves the tool call {@code detail} describes, which {@code agent} waits on. */
    default void approve(AgentSpec agent, String detail) {}

    /** Asks what to do instead, then denies the tool call {@code detail} describes. */
    default void deny(AgentSpec agent, String detail) {}

    /** Asks for the answer to {@code question}, then types it. */
    default void answer(AgentSpec agent, String question) {}

    /** Asks for a prompt, showing who gets it, then sends it to {@code agents}. */
    default void send(List<AgentSpec> agents) {}
}
