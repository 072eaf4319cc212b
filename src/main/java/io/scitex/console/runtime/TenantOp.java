package io.scitex.console.runtime;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.slurm.SlurmValues;

/**
 * One tenant operation of a batch.
 *
 * @param command the shell command of the tmux session (empty for stop)
 */
public record TenantOp(Action action, String name, String command) {

    public enum Action {
        /** Start unless the session exists. */
        START("start"),
        /** Kill the session if it exists, then start it. */
        FORCE("force"),
        STOP("stop");

        private final String wire;

        Action(String wire) {
            this.wire = wire;
        }

        String wire() {
            return wire;
        }
    }

    public TenantOp {
        SlurmValues.agentName("agent name", name);
    }

    public static TenantOp start(AgentSpec spec, boolean force) {
        return new TenantOp(force ? Action.FORCE : Action.START, spec.name(), TenantCommands.tmuxCommand(spec));
    }

    public static TenantOp stop(String name) {
        return new TenantOp(Action.STOP, name, "");
    }
}
