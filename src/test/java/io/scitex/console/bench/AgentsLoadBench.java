package io.scitex.console.bench;

import io.scitex.console.agent.AgentDiscovery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates N agent folders (a mix of slurm, slurm-tenant and other runtimes, some with warnings) and times a full
 * discovery: list, read, parse, validate. Prints the first (cold JVM) run and the median of the following runs.
 * Usage: {@code bench/run agents [N]}.
 */
public final class AgentsLoadBench {
    private static final double GOAL_MS = 1000;

    private AgentsLoadBench() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path root = Files.createTempDirectory("sac-bench-agents");
        try {
            generate(root, count);
            AgentDiscovery discovery = new AgentDiscovery(List.of(root));
            long[] runs = new long[11];
            int agents = 0;
            int problems = 0;
            for (int i = 0; i < runs.length; i++) {
                long start = System.nanoTime();
                AgentDiscovery.DiscoveryResult result = discovery.discover();
                runs[i] = System.nanoTime() - start;
                agents = result.agents().size();
                problems = result.problems().size();
            }
            double cold = runs[0] / 1e6;
            long[] warm = java.util.Arrays.copyOfRange(runs, 1, runs.length);
            java.util.Arrays.sort(warm);
            double median = warm[warm.length / 2] / 1e6;
            System.out.printf("agents-load: %d folders -> %d agents, %d problems%n", count, agents, problems);
            System.out.printf("agents-load: first run (cold JVM) %.0f ms, median of %d warm runs %.0f ms; goal < %.0f ms: %s%n",
                    cold, warm.length, median, GOAL_MS, cold < GOAL_MS ? "MET (even cold)" : median < GOAL_MS ? "MET (warm)" : "MISSED");
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void generate(Path root, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            String name = String.format("agent-%04d", i);
            Path dir = Files.createDirectories(root.resolve(name));
            Files.writeString(dir.resolve(name + ".yaml"), yaml(i));
        }
    }

    private static String yaml(int i) {
        String runtime = switch (i % 4) {
            case 0, 1 -> "slurm-tenant";
            case 2 -> "slurm";
            default -> "aider";
        };
        return """
                apiVersion: scitex-agent-container/v3
                kind: Agent
                metadata:
                  labels: {team: bench}
                spec:
                  runtime: %s
                  model: sonnet
                  remote: [bastion, login%d]
                  env: {SAC_BENCH: "%d", LANG: C.UTF-8}
                  claude:
                    flags: ["--dangerously-skip-permissions", "--add-dir '/scratch/a b'"]
                    session: continue-or-new
                  restart: {policy: on-failure}
                  slurm:
                    partition: cascade
                    time_limit: "1-00:00:00"
                    cpus_per_task: %d
                    mem: 500M
                    signal: B:USR1@3600
                    extra_directives: ["#SBATCH --account=p%d"]
                    hooks: {pre_agent: ~/.scitex/agent-container/hooks/pre-agent.sh}
                    reservation: dev-pool
                    %s: 1
                """.formatted(runtime, i % 3, i, 1 + i % 4, i % 7, i % 10 == 0 ? "cpus" : "nodes");
    }
}
