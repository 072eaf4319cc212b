package io.scitex.console.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.service.ServiceException;
import io.scitex.console.slurm.Specs;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentHostsTest {
    private final AgentSpec agent = Specs.slurmAgent("solo");

    @Test
    void theLastRemoteEntryIsTheHostAndEarlierOnesAreHops() throws Exception {
        AgentHosts hosts = new AgentHosts(() -> "fallback");
        assertThat(hosts.submissionHost(AgentSpecs.withRemote(agent, List.of("login")))).isEqualTo("login");
        assertThat(hosts.submissionHost(AgentSpecs.withRemote(agent, List.of("bastion", "gw", "login"))))
                .isEqualTo("bastion>gw>login");
        assertThat(hosts.submissionHost(agent)).isEqualTo("fallback");
    }

    @Test
    void noHostAtAllIsAnErrorNamingTheAgent() {
        assertThatThrownBy(() -> new AgentHosts(() -> "").submissionHost(agent))
                .isInstanceOf(ServiceException.class)
                .hasMessageStartingWith("agent 'solo' has no host: set spec.remote in /agents/solo/solo.yaml");
        assertThatThrownBy(() -> new AgentHosts(() -> "x").submissionHost(AgentSpecs.withRemote(agent,
                List.of("a b")))).hasMessage("agent 'solo': spec.remote in /agents/solo/solo.yaml: not an ssh host"
                        + " alias: 'a b'");
    }
}
