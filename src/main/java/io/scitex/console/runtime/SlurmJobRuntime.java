package io.scitex.console.runtime;

import io.scitex.console.service.LogTarget;
import io.scitex.console.slurm.OutputLog;
import io.scitex.console.slurm.SlurmValues;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemoteExecutor;
import io.scitex.console.service.ActionOutcome;
import io.scitex.console.service.ActionResult;
import io.scitex.console.service.AttachTarget;
import io.scitex.console.service.PaneInput;
import io.scitex.console.slurm.SbatchScript;
import io.scitex.console.service.ServiceException;
import io.scitex.console.slurm.JobRef;
import io.scitex.console.slurm.Sbatch;
import io.scitex.console.slurm.Squeue;
import io.scitex.console.slurm.SqueueParser;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code runtime: slurm}: one sbatch job per agent (contract §4). A job of the agent's name already queued or running
 * means the agent runs, whether or not this console started it; the local state file records host and job id.
 */
public final class SlurmJobRuntime {
    private final RemoteExecutor remote;
    private final RuntimeStateStore states;
    private final AgentHosts hosts;
    private final RemoteHomes homes = new RemoteHomes();

    public SlurmJobRuntime(RemoteExecutor remote, RuntimeStateStore states, AgentHosts hosts) {
        this.remote = remote;
        this.states = states;
        this.hosts = hosts;
    }

    public ActionResult start(AgentSpec spec, boolean force) throws ServiceException {
        String host = hosts.submissionHost(spec);
        String jobName = spec.slurm().jobNameOr(spec.name());
        String check = Squeue.byName(jobName).script();
        if (homes.known(host).isEmpty()) {
            check += "; " + SlurmJobCommands.homeQuery().script();
        }
        ExecResult r = run(host, RemoteCommand.script(check));
        homes.learn(host, r.stdout());
        Optional<JobRef> running = SqueueParser.newestByName(r.stdout()).filter(j -> j.state().isActive());
        if (running.isPresent() && !force) {
            SlurmJobState known = state(spec).orElse(null);
            if (known == null || !known.jobId().equals(running.get().jobId())) {
                save(new SlurmJobState(spec.name(), running.get().jobId(), SlurmJobCommands.scriptPath(spec.name()),
                        known == null ? "" : known.submittedStdout(), host));
            }
            return new ActionResult(spec.name(), ActionOutcome.ALREADY_RUNNING, "job " + running.get().jobId());
        }
        String home = homes.known(host).orElseThrow(() -> new ServiceException("cannot read the home folder on "
                + host + " (needed for the job's log paths): " + r.stderr().strip()));
        RemoteCommand submit = SlurmJobCommands.submit(spec, home);
        if (running.isPresent()) {
            submit = new RemoteCommand(SlurmJobCommands.stop(spec, running.get().jobId()).script() + "; "
                    + submit.script(), submit.stdin(), submit.timeout());
        }
        ExecResult s = run(host, submit);
        String out = (s.stdout().strip() + "\n" + s.stderr().strip()).strip();
        if (!s.ok()) {
            throw new ServiceException("sbatch failed for " + spec.name() + ": " + out);
        }
        String jobId = Sbatch.submittedJobId(s.stdout()).orElseThrow(() -> new ServiceException(
                "sbatch submitted but no jobid parsed from stdout: " + s.stdout().strip()));
        save(new SlurmJobState(spec.name(), jobId, SlurmJobCommands.scriptPath(spec.name()), s.stdout().strip(), host));
        return new ActionResult(spec.name(), running.isPresent() ? ActionOutcome.RESTARTED : ActionOutcome.STARTED,
                "job " + jobId);
    }

    /** Cancels the recorded job and every job of the agent's name (a resubmitted successor), then forgets it. */
    public ActionResult stop(AgentSpec spec) throws ServiceException {
        Optional<SlurmJobState> known = state(spec);
        String host = known.isPresent() && !known.get().host().isEmpty() ? known.get().host()
                : hosts.submissionHost(spec);
        String jobName = spec.slurm().jobNameOr(spec.name());
        RemoteCommand cancel = known.isPresent() ? SlurmJobCommands.stop(spec, known.get().jobId())
                : Sbatch.cancelByName(jobName);
        ExecResult r = run(host, RemoteCommand.script(Squeue.byName(jobName).script() + "; " + cancel.script()));
        Optional<JobRef> was = SqueueParser.newestByName(r.stdout()).filter(j -> j.state().isActive());
        try {
            states.delete(spec.name());
        } catch (IOException e) {
            throw new ServiceException("job cancelled, but the state file " + states.fileFor(spec.name())
                    + " cannot be deleted: " + e.getMessage(), e);
        }
        return was.map(j -> new ActionResult(spec.name(), ActionOutcome.STOPPED, "job " + j.jobId()))
                .orElseGet(() -> new ActionResult(spec.name(), ActionOutcome.NOT_RUNNING, ""));
    }

    /** The host of the agent's recorded job, else where it would be submitted. */
    public String host(AgentSpec spec) throws ServiceException {
        Optional<SlurmJobState> known = state(spec);
        return known.isPresent() && !known.get().host().isEmpty() ? known.get().host() : hosts.submissionHost(spec);
    }

    /** The tail of the job's output file on the host. */
    public List<String> logs(AgentSpec spec, int lines) throws ServiceException {
        SlurmJobState s = required(spec);
        ExecResult r = run(s.host(), SlurmJobCommands.tailLog(spec, s.jobId(), lines));
        if (!r.ok()) {
            throw new ServiceException("no output of job " + s.jobId() + " (agent '" + spec.name() + "') on "
                    + s.host() + ": " + r.stderr().strip());
        }
        return r.stdout().lines().toList();
    }

    /** The pane's output log and the job's output file, on the submission host (docs/decisions/0510). */
    public LogTarget outputLog(AgentSpec spec) throws ServiceException {
        SlurmJobState s = required(spec);
        String out = spec.slurm().logsDir() + "/" + spec.slurm().jobNameOr(spec.name()) + "_"
                + SlurmValues.jobId(s.jobId()) + ".out";
        String home = out.startsWith("~/") ? out.substring(2) : out.startsWith("$HOME/") ? out.substring(6) : out;
        return new LogTarget(spec.name(), s.host(), List.of(new LogTarget.Source(OutputLog.path(spec.name()), ""),
                new LogTarget.Source(home, "[job " + s.jobId() + "] ")));
    }

    /** The last lines of the agent's tmux pane inside its job. */
    public List<String> pane(AgentSpec spec, int lines) throws ServiceException {
        SlurmJobState s = required(spec);
        ExecResult r = run(s.host(), SlurmJobCommands.paneLogs(spec, s.jobId(), lines));
        if (!r.ok()) {
            throw new ServiceException("cannot read the pane of " + spec.sessionName() + " in job " + s.jobId()
                    + " on " + s.host() + ": " + r.stderr().strip());
        }
        return r.stdout().lines().toList();
    }

    /** Types {@code input} into the agent's pane inside its job. */
    public void input(AgentSpec spec, PaneInput input) throws ServiceException {
        SlurmJobState s = required(spec);
        ExecResult r = run(s.host(), PaneInputCommand.of(input, s.jobId(), SbatchScript.SOCKET, spec.name()));
        if (!r.stdout().contains("SAC-END")) {
            throw new ServiceException("cannot type into " + spec.sessionName() + " in job " + s.jobId() + " on "
                    + s.host() + ": " + r.stderr().strip());
        }
    }

    public AttachTarget attach(AgentSpec spec, io.scitex.console.service.AttachMode mode) throws ServiceException {
        SlurmJobState s = required(spec);
        ExecResult prefix = run(s.host(), PaneCommands.prefixQuery(s.jobId(), SbatchScript.SOCKET));
        String token = PaneCommands.attachToken();
        return new AttachTarget(s.host(), SlurmJobCommands.attach(spec, s.jobId(), token, mode),
                spec.name() + " (job " + s.jobId() + ")",
                prefix.ok() ? PaneCommands.parsePrefix(prefix.stdout()) : PaneCommands.DEFAULT_PREFIX,
                PaneCommands.releaseClient(s.jobId(), token));
    }

    private SlurmJobState required(AgentSpec spec) throws ServiceException {
        return state(spec).orElseThrow(() -> new ServiceException("agent '" + spec.name() + "' has no job recorded"
                + " (no " + states.fileFor(spec.name()) + "); start it first"));
    }

    private Optional<SlurmJobState> state(AgentSpec spec) throws ServiceException {
        try {
            return states.load(spec.name());
        } catch (IOException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    private void save(SlurmJobState s) throws ServiceException {
        try {
            states.save(s);
        } catch (IOException e) {
            throw new ServiceException("job " + s.jobId() + " submitted, but the state file "
                    + states.fileFor(s.name()) + " cannot be written: " + e.getMessage(), e);
        }
    }

    private ExecResult run(String host, RemoteCommand command) throws ServiceException {
        try {
            return remote.run(host, command);
        } catch (RemoteException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }
}
