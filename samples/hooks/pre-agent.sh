# Sourced (not executed) by the runtime: slurm wrapper just before claude starts, inside the job.
# SAC_AGENT_ID, SAC_WORKDIR, SAC_LOG_FILE, SAC_JOB_ID and SAC_PHASE are set.
export SAC_PRE_AGENT_MARK=loaded-by-pre-agent
echo "[pre-agent] ${SAC_AGENT_ID:-?} in job ${SAC_JOB_ID:-?}: SAC_PRE_AGENT_MARK=$SAC_PRE_AGENT_MARK"
