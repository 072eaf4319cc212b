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
}
