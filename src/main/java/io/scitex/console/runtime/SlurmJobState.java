package io.scitex.console.runtime;

/**
 * What the console remembers about a running {@code runtime: slurm} agent
 * ({@code ~/.scitex/agent-container/runtime/slurm-state/<name>.json}).
 *
 * @param jobId SLURM job id as text, as sbatch printed it
 * @param script path of the submitted sbatch script on the host
 * @param submittedStdout what sbatch printed
 * @param host ssh alias the job was submitted through
 */
public record SlurmJobState(String name, String jobId, String script, String submittedStdout, String host) {}
