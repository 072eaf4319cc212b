package io.scitex.console.agent;

/** {@code spec.slurm.hooks}: paths on the cluster; an empty string means "no hook". */
public record SlurmHooks(String preSubmit, String preAgent, String walltimeSignal, String postAgent, String attach) {
    public static final SlurmHooks NONE = new SlurmHooks("", "", "", "", "");
}
