package io.scitex.console.slurm;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One SLURM partition as {@code sinfo} reports it: the largest node's CPUs and memory, and the partition's time
 * limit. {@link #refusal} says in words why a request can never run there.
 *
 * @param maxSeconds the time limit; empty when unlimited
 */
public record Partition(String name, boolean isDefault, int cpus, long memoryMb, OptionalLong maxSeconds,
        String maxTimeText) {

    /** Why {@code cpus}, {@code memMb} and {@code seconds} can never run here, or empty when they fit. */
    public Optional<String> refusal(int askedCpus, long askedMemMb, OptionalLong askedSeconds) {
        StringBuilder why = new StringBuilder();
        if (askedCpus > cpus) {
            why.append(askedCpus).append(" CPUs asked, but its nodes have at most ").append(cpus).append(". ");
        }
        if (askedMemMb > memoryMb) {
            why.append(memory(askedMemMb)).append(" of memory asked, but its nodes have at most ")
                    .append(memory(memoryMb)).append(". ");
        }
        if (maxSeconds.isPresent() && askedSeconds.isPresent() && askedSeconds.getAsLong() > maxSeconds.getAsLong()) {
            why.append("Its jobs may run for at most ").append(maxTimeText).append(". ");
        }
        return why.length() == 0 ? Optional.empty()
                : Optional.of("This can never run on partition " + name + ": " + why.toString().strip());
    }

    /** The limits in words: "2 CPUs and 21.2 GB per node, no time limit". */
    public String limits() {
        return cpus + " CPUs and " + memory(memoryMb) + " per node, "
                + (maxSeconds.isEmpty() ? "no time limit" : "at most " + maxTimeText);
    }

    static String memory(long mb) {
        return mb >= 1024 ? String.format(Locale.ROOT, "%.1f GB", mb / 1024.0) : mb + " MB";
    }

    /** A SLURM memory value ("8G", "500M", "2048" = MB) in MB; -1 when it is not one. */
    public static long memoryMb(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!v.matches("[0-9]{1,12}[KMGT]?")) {
            return -1;
        }
        char last = v.charAt(v.length() - 1);
        char unit = Character.isDigit(last) ? 'M' : last;
        long n = Long.parseLong(Character.isDigit(last) ? v : v.substring(0, v.length() - 1));
        return switch (unit) {
            case 'K' -> Math.max(1, n / 1024);
            case 'G' -> n * 1024;
            case 'T' -> n * 1024 * 1024;
            default -> n;
        };
    }
}
