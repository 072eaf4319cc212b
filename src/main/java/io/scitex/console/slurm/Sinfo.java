package io.scitex.console.slurm;

import io.scitex.console.remote.RemoteCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** {@code sinfo}: the partitions and their limits (CPUs, memory per node, time limit), one line per node type. */
public final class Sinfo {
    private Sinfo() {}

    public static RemoteCommand command() {
        return RemoteCommand.of("sinfo", "-h", "-o", "%P|%c|%m|%l");
    }

    /** The partitions in sinfo's order, each with its largest node; lines that are not sinfo's are skipped. */
    public static List<Partition> parse(String stdout) {
        Map<String, Partition> byName = new LinkedHashMap<>();
        for (String line : stdout.lines().toList()) {
            String[] f = line.strip().split("\\|");
            if (f.length != 4 || !f[1].matches("[0-9]+") || !f[2].matches("[0-9]+")) {
                continue;
            }
            boolean isDefault = f[0].endsWith("*");
            String name = isDefault ? f[0].substring(0, f[0].length() - 1) : f[0];
            String limit = f[3].strip();
            OptionalLong seconds = limit.equals("infinite") || limit.equals("UNLIMITED") ? OptionalLong.empty()
                    : safeSeconds(limit);
            Partition p = new Partition(name, isDefault, Integer.parseInt(f[1]), Long.parseLong(f[2]), seconds,
                    limit);
            byName.merge(name, p, (a, b) -> new Partition(name, a.isDefault() || b.isDefault(),
                    Math.max(a.cpus(), b.cpus()), Math.max(a.memoryMb(), b.memoryMb()), a.maxSeconds(),
                    a.maxTimeText()));
        }
        return new ArrayList<>(byName.values());
    }

    private static OptionalLong safeSeconds(String limit) {
        try {
            return SlurmValues.timeSeconds("time limit", limit);
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }
}
