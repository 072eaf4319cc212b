# Settings of the second local test cluster (scripts/cluster/up2): its own ClusterName, ports, state, spool,
# node name, sshd and login, beside the first one; sourced after common.sh. Its slurm.conf lives outside /etc/slurm
# and its sshd gives every session SLURM_CONF, so the first cluster's files and daemons are never touched.
SAC_CLUSTER2_DIR=${SAC_CLUSTER2_DIR:-$SAC_CLUSTER_DIR/second}
SAC_CLUSTER2_PORT=${SAC_CLUSTER2_PORT:-2223}
SAC_CLUSTER2_ALIAS=${SAC_CLUSTER2_ALIAS:-sac-test2}
SAC_CLUSTER2_USER=${SAC_CLUSTER2_USER:-sacuser2}
SAC_CLUSTER2_CTLD_PORT=${SAC_CLUSTER2_CTLD_PORT:-6827}
SAC_CLUSTER2_SLURMD_PORT=${SAC_CLUSTER2_SLURMD_PORT:-6828}
NODE2=${SAC_CLUSTER2_NODE:-vm2}
# world-readable: job scripts, srun and the TaskProlog run as the login and read the config from here
SPOOL2=/var/spool/sac-cluster2
SLURM_CONF2=$SPOOL2/etc/slurm.conf
# job ids of the second cluster start here, so no id (nor /tmp/sac-job-<id>, nor an Epilog's kill) is shared
FIRST_JOB_ID2=1000000
SECOND_MARK="# second cluster (scripts/cluster/up2)"
