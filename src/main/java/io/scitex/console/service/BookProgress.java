package io.scitex.console.service;

import java.util.Optional;

/**
 * A step of booking a reservation while its job waits in the queue.
 *
 * @param state SLURM state, e.g. {@code PENDING}
 * @param reason the pending reason in plain words, empty when none
 * @param expectedStart squeue --start's estimate as printed, if SLURM has one
 */
public record BookProgress(String jobId, String state, String reason, Optional<String> expectedStart) {}
