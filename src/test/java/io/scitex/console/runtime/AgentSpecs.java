package io.scitex.console.runtime;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.ClaudeSpec;
import io.scitex.console.agent.SlurmHooks;
import io.scitex.console.agent.SlurmSpec;
import io.scitex.console.slurm.Specs;
import java.util.List;

/** Variants of loaded agent specs for tests: another name, reservation, hooks, flags or remote. */
final class AgentSpecs {
    private AgentSpecs() {}

    static AgentSpec renamed(AgentSpec a, String name) {
        return new AgentSpec(name, a.file(), a.runtime(), a.model(), a.workdir(), a.env(), a.remote(), a.claude(),
                a.restart(), a.slurm());
    }

    static AgentSpec inReservation(AgentSpec a, String reservation) {
        return Specs.withSlurm(a, Specs.slurm(a.slurm(), reservation));
    }

    static AgentSpec withFlags(AgentSpec a, List<String> flags) {
        return Specs.withClaude(a, new ClaudeSpec(flags, a.claude().session()));
    }

    static AgentSpec withRemote(AgentSpec a, List<String> remote) {
        return new AgentSpec(a.name(), a.file(), a.runtime(), a.model(), a.workdir(), a.env(), remote, a.claude(),
                a.restart(), a.slurm());
    }

    static AgentSpec withPreAgent(AgentSpec a, String hook) {
        SlurmSpec s = a.slurm();
        SlurmHooks h = s.hooks();
        return Specs.withSlurm(a, new SlurmSpec(s.partition(), s.timeLimit(), s.cpusPerTask(), s.mem(), s.nodes(),
                s.ntasks(), s.gres(), s.jobName(), s.signal(), s.autoResubmit(), s.hold(), s.logsDir(),
                s.extraDirectives(), new SlurmHooks(h.preSubmit(), hook, h.walltimeSignal(), h.postAgent(), h.attach()),
                s.reservation()));
    }

    static AgentSpec withEnv(AgentSpec a, String key, String value) {
        java.util.Map<String, String> env = new java.util.HashMap<>(a.env());
        env.put(key, value);
        return new AgentSpec(a.name(), a.file(), a.runtime(), a.model(), a.workdir(), env, a.remote(), a.claude(),
                a.restart(), a.slurm());
    }
}
