package io.scitex.console.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.ClaudeSpec;
import io.scitex.console.agent.SlurmHooks;
import io.scitex.console.agent.SlurmSpec;
import io.scitex.console.testing.Bash;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SbatchScriptTest {
    private static final SlurmHooks HOOKS = new SlurmHooks("/opt/site/pre submit.sh", "~/hooks/module load.sh",
            "~/hooks/walltime.sh", "/opt/post.sh", "");

    private static AgentSpec full() {
        SlurmSpec slurm = Specs.slurm("cascade", "7-00:00:00", "16G", "gpu:1", "B:USR1@3600", true, "~/slurm_logs",
                List.of("#SBATCH --account=proj1"), HOOKS);
        return Specs.agent("head-spartan", AgentRuntime.SLURM, slurm,
                new ClaudeSpec(List.of("--dangerously-skip-permissions"), ClaudeSpec.SessionMode.NEW),
                Map.of("B", "x y", "A", "1"), "~/proj/it's here");
    }

    @Test
    void rendersTheContractOrderWithEveryValueQuoted() {
        String expected = """
                #!/bin/bash
                #SBATCH --job-name=head-spartan
                #SBATCH --partition=cascade
                #SBATCH --time=7-00:00:00
                #SBATCH --nodes=1
                #SBATCH --ntasks=1
                #SBATCH --cpus-per-task=1
                #SBATCH --mem=16G
                #SBATCH --gres=gpu:1
                #SBATCH --signal=B:USR1@3600
                #SBATCH --output=/home/u/slurm_logs/%x_%j.out
                #SBATCH --error=/home/u/slurm_logs/%x_%j.err
                #SBATCH --account=proj1
                set -euo pipefail
                if [[ -f '/opt/site/pre submit.sh' ]]; then
                  export SAC_PHASE=pre_submit
                  set +u
                  source '/opt/site/pre submit.sh'
                  set -u
                fi
                sac_hold=
                sac_on_exit() {
                  local rc=$?
                  if [[ -n $sac_hold ]]; then kill "$sac_hold" 2>/dev/null || true; fi
                  printf '[sac/slurm] wrapper exiting rc=%s at %s\\n' "$rc" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
                }
                trap sac_on_exit EXIT
                trap 'exit 143' TERM
                sac_resubmitted=0
                sac_on_walltime() {
                  printf '[sac/slurm] walltime signal at %s\\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
                  if [[ -f "$HOME"/hooks/walltime.sh ]]; then
                    export SAC_PHASE=walltime_signal
                    set +u
                    source "$HOME"/hooks/walltime.sh || printf '[sac/slurm] walltime_signal hook failed rc=%s\\n' "$?"
                    set -u
                  fi
                  if ((sac_resubmitted)); then return 0; fi
                  sac_resubmitted=1
                  (cd "${SLURM_SUBMIT_DIR:-.}" && sbatch --dependency=afterany:"${SLURM_JOB_ID:?}" "$0") || printf '[sac/slurm] resubmit failed rc=%s\\n' "$?"
                }
                trap sac_on_walltime USR1
                SAC_AGENT_ID=head-spartan
                SAC_WORKDIR="$HOME"/'proj/it'\\''s here'
                export SAC_AGENT_ID SAC_WORKDIR
                export A=1
                export B='x y'
                mkdir -p -- "$SAC_WORKDIR"
                cd -- "$SAC_WORKDIR"
                SAC_JOB_ID=${SLURM_JOB_ID:-}
                SAC_LOG_FILE=/home/u/slurm_logs/head-spartan_"$SAC_JOB_ID".out
                export SAC_JOB_ID SAC_LOG_FILE
                if [[ -f "$HOME"/'hooks/module load.sh' ]]; then
                  export SAC_PHASE=pre_agent
                  set +u
                  source "$HOME"/'hooks/module load.sh'
                  set -u
                fi
                tmux -L sac new-session -d -s sac-head-spartan 'exec claude --model sonnet --dangerously-skip-permissions'@PIPE@
                if [[ -f /opt/post.sh ]]; then
                  export SAC_PHASE=post_agent
                  set +u
                  source /opt/post.sh
                  set -u
                fi
                sleep infinity &
                sac_hold=$!
                while kill -0 "$sac_hold" 2>/dev/null; do
                  wait "$sac_hold" || true
                done
                """;
        String script = Specs.noHooks(SbatchScript.render(full(), "/home/u"));
        assertThat(script).isEqualTo(expected.replace("@PIPE@", OutputLog.chainedPipe("head-spartan")));
        Bash.assertSyntaxOk(script);
    }

    @Test
    void defaultsLeavePartitionGresAndHooksOutAndPrintWhenResubmitIsOff() {
        AgentSpec a = Specs.withSlurm(Specs.slurmAgent("solo"), Specs.slurm("", "1-00:00:00", "4G", "", "B:USR1@3600",
                false, "/scratch/logs", List.of(), SlurmHooks.NONE));
        String script = Specs.noHooks(SbatchScript.render(a, "/home/u"));
        assertThat(script).doesNotContain("--partition", "--gres", "SAC_PHASE", "sbatch --dependency")
                .contains("#SBATCH --output=/scratch/logs/%x_%j.out\n")
                .contains("  printf '[sac/slurm] auto_resubmit disabled\\n'\n}\ntrap sac_on_walltime USR1\n")
                .contains("tmux -L sac new-session -d -s sac-solo"
                        + " '{ claude --continue --model sonnet || exec claude --model sonnet; }'"
                        + OutputLog.chainedPipe("solo") + "\n");
        Bash.assertSyntaxOk(script);
    }

    @Test
    void theInjectionFlagStaysOneQuotedWord() {
        String flag = "--x'; touch /tmp/pwned-unit; '";
        AgentSpec a = Specs.withClaude(Specs.slurmAgent("inj"), new ClaudeSpec(List.of(flag),
                ClaudeSpec.SessionMode.CONTINUE));
        String script = Specs.noHooks(SbatchScript.render(a, "/home/u"));
        Bash.assertSyntaxOk(script);
        // the tmux argument, unquoted once by the wrapper's bash, is the command tmux's shell runs
        String tmuxArg = Bash.run(List.of("/bin/bash", "-c", "printf %s " + line(script, "tmux -L sac").substring(
                "tmux -L sac new-session -d -s sac-inj ".length()).replace(OutputLog.chainedPipe("inj"), "")), Map.of(), "").stdout();
        assertThat(tmuxArg).isEqualTo("exec claude --continue --model sonnet '--x'\\''; touch /tmp/pwned-unit; '\\'''");
        String argv = Bash.run(List.of("/bin/bash", "-c", "set -- " + tmuxArg.substring("exec ".length())
                + "; printf '[%s]' \"$@\""), Map.of(), "").stdout();
        assertThat(argv).isEqualTo("[claude][--continue][--model][sonnet][" + flag + "]");
    }

    @Test
    void aCustomHoldIsEvaluatedAsQuotedText() {
        SlurmSpec d = SlurmSpec.DEFAULTS;
        SlurmSpec s = new SlurmSpec("", d.timeLimit(), 1, "4G", 1, 1, "", "", d.signal(), true, "tail -f /dev/null",
                "/logs", List.of(), SlurmHooks.NONE, "");
        String script = Specs.noHooks(SbatchScript.render(Specs.withSlurm(Specs.slurmAgent("h"), s), "/home/u"));
        assertThat(script).endsWith("\neval 'tail -f /dev/null'\n");
        Bash.assertSyntaxOk(script);
    }

    @Test
    void refusesBadInputNamingTheField() {
        AgentSpec ok = Specs.slurmAgent("ok");
        assertThatThrownBy(() -> SbatchScript.render(Specs.slurmAgent("has space"), "/home/u"))
                .hasMessageContaining("agent name must be").hasMessageContaining("'has space'");
        assertThatThrownBy(() -> SbatchScript.render(Specs.withSlurm(ok, Specs.slurm("a\n#SBATCH --x", "1:00:00",
                "4G", "", "B:USR1@60", true, "/l", List.of(), SlurmHooks.NONE)), "/h"))
                .hasMessageContaining("spec.slurm.partition must be");
        assertThatThrownBy(() -> SbatchScript.render(Specs.withSlurm(ok, Specs.slurm("", "1 day", "4G", "", "B:USR1@60",
                true, "/l", List.of(), SlurmHooks.NONE)), "/h")).hasMessageContaining("spec.slurm.time_limit must be");
        assertThatThrownBy(() -> SbatchScript.render(Specs.withSlurm(ok, Specs.slurm("", "1:00:00", "4 GB", "",
                "B:USR1@60", true, "/l", List.of(), SlurmHooks.NONE)), "/h")).hasMessageContaining("spec.slurm.mem");
        assertThatThrownBy(() -> SbatchScript.render(Specs.withSlurm(ok, Specs.slurm("", "1:00:00", "4G", "",
                "B:USR1@60", true, "/l", List.of("--account=x"), SlurmHooks.NONE)), "/h"))
                .hasMessageContaining("spec.slurm.extra_directives[0] must be one whole '#SBATCH ...' line");
        assertThatThrownBy(() -> SbatchScript.render(Specs.withSlurm(ok, Specs.slurm("", "1:00:00", "4G", "",
                "B:USR1@60", true, "/l", List.of("#SBATCH --a=b\nrm -rf ~"), SlurmHooks.NONE)), "/h"))
                .hasMessageContaining("extra_directives[0]");
        assertThatThrownBy(() -> SbatchScript.render(ok, null)).hasMessageContaining("spec.slurm.logs_dir starts with '~'");
    }

    @Test
    void refusesAWalltimeSignalThatCannotWork() {
        AgentSpec ok = Specs.slurmAgent("ok");
        assertThatThrownBy(() -> SbatchScript.render(Specs.withSlurm(ok, Specs.slurm("", "00:20:00", "4G", "",
                "B:USR1@3600", true, "/l", List.of(), SlurmHooks.NONE)), "/h"))
                .hasMessageContaining("every job would resubmit itself at once");
        assertThatThrownBy(() -> SbatchScript.render(Specs.withSlurm(ok, Specs.slurm("", "2:00:00", "4G", "",
                "USR1@600", true, "/l", List.of(), SlurmHooks.NONE)), "/h"))
                .hasMessageContaining("must be sent to the batch shell (B:...)");
        String noResubmit = SbatchScript.render(Specs.withSlurm(ok, Specs.slurm("", "00:20:00", "4G", "", "B:USR2@3600",
                false, "/l", List.of(), SlurmHooks.NONE)), "/h");
        assertThat(noResubmit).contains("trap sac_on_walltime USR2\n");
    }

    private static String line(String script, String prefix) {
        return script.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }
}
