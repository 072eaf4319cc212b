# Shared settings of the local test cluster; sourced by up, down and status.
# Everything the cluster writes lives under $SAC_CLUSTER_DIR (pid files, keys, configs, logs).
SAC_CLUSTER_DIR=${SAC_CLUSTER_DIR:-$HOME/.local/state/sac-console/cluster}
SAC_CLUSTER_PORT=${SAC_CLUSTER_PORT:-2222}
SAC_CLUSTER_ALIAS=${SAC_CLUSTER_ALIAS:-sac-test}
# The cluster login: an ordinary account with a stock shell profile, so the remote home is not the local one
SAC_CLUSTER_USER=${SAC_CLUSTER_USER:-sacuser}
# A second login whose shell start-up prints imitations of sbatch, squeue and scitex-hpc output (alias sac-noisy),
# as real sites' MOTDs, module systems and quota warnings do: tests check that nothing a banner prints is parsed
SAC_CLUSTER_NOISY_USER=${SAC_CLUSTER_NOISY_USER:-sacnoisy}
SAC_CLUSTER_NOISY_ALIAS=${SAC_CLUSTER_NOISY_ALIAS:-sac-noisy}
SLURM_CONF=/etc/slurm/slurm.conf
# job scripts run from the spool as the job's user, so it lives outside the private $SAC_CLUSTER_DIR
SPOOL=/var/spool/sac-cluster
MARKER="# written by sac-console scripts/cluster/up"
CLAUDE_STANDIN=/usr/local/bin/claude
NODE=$(hostname)

say() { printf '[cluster] %s\n' "$*" >&2; }
die() { printf '[cluster] error: %s\n' "$*" >&2; exit 1; }

# alive PIDFILE: the process named by a pid file still runs
alive() { [[ -s "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }
