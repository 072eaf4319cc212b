package io.scitex.console.runtime;

import io.scitex.console.service.LogTarget;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.remote.RemoteExecutor;
import io.scitex.console.service.ActionResult;
import io.scitex.console.service.AgentService;
import io.scitex.console.service.AttachTarget;
import io.scitex.console.service.PaneInput;
import io.scitex.console.service.ReservationService;
import io.scitex.console.service.ServiceException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agent service: {@code runtime: slurm} agents go to {@link SlurmJobRuntime} one job each, tenants to
 * {@link TenantRuntime} one round trip per reservation. Results come in the order the agents were given.
 */
public final class AgentManager implements AgentService {
    private final SlurmJobRuntime slurm;
    private final TenantRuntime tenants;

    public AgentManager(RemoteExecutor remote, ReservationService reservations, RuntimeStateStore states,
            AgentHosts hosts) {
        this(new SlurmJobRuntime(remote, states, hosts), new TenantRuntime(remote, reservations));
    }

    public AgentManager(SlurmJobRuntime slurm, TenantRuntime tenants) {
        this.slurm = slurm;
        this.tenants = tenants;
    }

    @Override
    public List<ActionResult> start(List<AgentSpec> agents, boolean force) {
        return dispatch(agents, a -> slurm.start(a, force), (res, group) -> tenants.start(res, group, force));
    }

    @Override
    public List<ActionResult> stop(List<AgentSpec> agents) {
        return dispatch(agents, slurm::stop, tenants::stop);
    }

    @Override
    public List<String> logs(AgentSpec agent, int lines) throws ServiceException {
        return switch (managed(agent)) {
            case SLURM -> slurm.logs(agent, lines);
            default -> tenants.logs(agent, lines);
        };
    }

    @Override
    public LogTarget outputLog(AgentSpec agent) throws ServiceException {
        return switch (managed(agent)) {
            case SLURM -> slurm.outputLog(agent);
            default -> tenants.outputLog(agent);
        };
    }

    /** The agent's tmux pane (for a tenant the same as {@link #logs}; for a slurm job its pane, not its log file). */
    public List<String> pane(AgentSpec agent, int lines) throws ServiceException {
        return switch (managed(agent)) {
            case SLURM -> slurm.pane(agent, lines);
            default -> tenants.logs(agent, lines);
        };
    }

    @Override
    public String homeHost(AgentSpec agent) throws ServiceException {
        return switch (managed(agent)) {
            case SLURM -> slurm.host(agent);
            default -> tenants.host(agent);
        };
    }

    @Override
    public void input(AgentSpec agent, PaneInput input) throws ServiceException {
        switch (managed(agent)) {
            case SLURM -> slurm.input(agent, input);
            default -> tenants.input(agent, input);
        }
    }

    @Override
    public AttachTarget attachTarget(AgentSpec agent, io.scitex.console.service.AttachMode mode)
            throws ServiceException {
        return switch (managed(agent)) {
            case SLURM -> slurm.attach(agent, mode);
            default -> tenants.attach(agent, mode);
        };
    }

    @Override
    public List<ActionResult> restartLost(String reservation, List<AgentSpec> tenantSpecs) throws ServiceException {
        return tenants.restartLost(reservation, tenantSpecs);
    }

    private interface One {
        ActionResult apply(AgentSpec agent) throws ServiceException;
    }

    private interface Group {
        Map<String, ActionResult> apply(String reservation, List<AgentSpec> tenants);
    }

    private List<ActionResult> dispatch(List<AgentSpec> agents, One one, Group group) {
        ActionResult[] out = new ActionResult[agents.size()];
        Map<String, List<Integer>> byReservation = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < agents.size(); i++) {
            AgentSpec a = agents.get(i);
            if (!seen.add(a.name())) {
                out[i] = ActionResult.failed(a.name(), "agent '" + a.name() + "' is listed twice");
            } else if (a.runtime() == AgentRuntime.SLURM) {
                out[i] = single(a, one);
            } else if (a.runtime() == AgentRuntime.SLURM_TENANT) {
                byReservation.computeIfAbsent(a.slurm().reservation(), k -> new ArrayList<>()).add(i);
            } else {
                out[i] = ActionResult.failed(a.name(), notSlurm(a));
            }
        }
        byReservation.forEach((reservation, idx) -> {
            Map<String, ActionResult> done;
            try {
                done = group.apply(reservation, idx.stream().map(agents::get).toList());
            } catch (IllegalArgumentException e) {
                done = Map.of();
                idx.forEach(i -> out[i] = ActionResult.failed(agents.get(i).name(), e.getMessage()));
            }
            Map<String, ActionResult> results = done;
            idx.stream().filter(i -> out[i] == null).forEach(i -> out[i] = results.getOrDefault(
                    agents.get(i).name(), ActionResult.failed(agents.get(i).name(), "no result from the batch")));
        });
        return List.of(out);
    }

    private static ActionResult single(AgentSpec a, One one) {
        try {
            return one.apply(a);
        } catch (ServiceException e) {
            return ActionResult.failed(a.name(), e.getMessage());
        } catch (IllegalArgumentException e) {
            return ActionResult.failed(a.name(), "agent '" + a.name() + "': " + e.getMessage());
        }
    }

    private static AgentRuntime managed(AgentSpec a) throws ServiceException {
        if (!a.runtime().isSlurm()) {
            throw new ServiceException(notSlurm(a));
        }
        return a.runtime();
    }

    private static String notSlurm(AgentSpec a) {
        return "agent '" + a.name() + "' has runtime " + a.runtime().yamlName()
                + ": not a SLURM agent; the console runs only slurm and slurm-tenant agents";
    }
}
