package io.scitex.console.bench;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.inventory.Inventory;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.runtime.RuntimeStateStore;
import io.scitex.console.settings.ConsoleSettings;
import io.scitex.console.status.AgentPhase;
import io.scitex.console.status.ClusterSnapshot;
import io.scitex.console.status.HostStatus;
import io.scitex.console.status.StatusPoller;
import io.scitex.console.testing.TestCluster;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The poller on 200 agents (4 reservations x 50 tenants) for some minutes, refreshing every 5 s while a few panes
 * change every 20 s; prints the heap used after a full GC and the process's resident size each minute.
 * Goals: heap flat after warm-up, resident size under 300 MB. Usage: {@code bench/run status soak [minutes]}.
 */
public final class StatusSoak {
    private static final int RESERVATIONS = 4;
    private static final int TENANTS = 50;
    private static final long RSS_GOAL_MB = 300;

    public static void main(String[] args) throws Exception {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path tmp = Files.createTempDirectory("sac-status-soak");
        try (SshHosts hosts = TestCluster.hosts(); BenchCluster cluster = new BenchCluster(hosts, tmp)) {
            List<Lease> leases = new ArrayList<>();
            List<AgentSpec> agents = new ArrayList<>();
            List<List<String>> names = new ArrayList<>();
            for (int r = 0; r < RESERVATIONS; r++) {
                String res = "ssoak" + r + "-" + cluster.rand;
                Lease lease = cluster.book(res);
                List<AgentSpec> ts = new ArrayList<>();
                for (int i = 0; i < TENANTS; i++) {
                    ts.add(cluster.tenant("s" + r + "x" + i + "-" + cluster.rand, res));
                }
                cluster.start(lease, ts);
                leases.add(lease);
                agents.addAll(ts);
                names.add(ts.stream().map(AgentSpec::name).toList());
            }
            System.out.printf("%d agents in %d reservations running; polling for %d minutes%n", agents.size(),
                    RESERVATIONS, minutes);
            soak(hosts, cluster, tmp, agents, leases, names, minutes);
        } finally {
            StatusBench.deleteTree(tmp);
        }
    }

    private static void soak(SshHosts hosts, BenchCluster cluster, Path tmp, List<AgentSpec> agents,
            List<Lease> leases, List<List<String>> names, int minutes) throws Exception {
        ConsoleSettings d = ConsoleSettings.DEFAULTS;
        ConsoleSettings fast = new ConsoleSettings(d.defaultHost(), d.extraAgentFolders(), d.sshConfig(),
                d.knownHosts(), d.hostKeyPolicy(), 5, 5, d.stalledAfterMinutes(), false, d.theme());
        AtomicLong refreshes = new AtomicLong();
        AtomicReference<ClusterSnapshot> last = new AtomicReference<>();
        List<long[]> figures = new ArrayList<>();
        try (StatusPoller poller = new StatusPoller(hosts, () -> new Inventory(agents, cluster.leases.list().leases(),
                List.of()), new RuntimeStateStore(tmp.resolve("state")), cluster.leases, () -> fast,
                Clock.systemUTC(), BenchCluster.HOST, null)) {
            poller.addListener(s -> {
                refreshes.incrementAndGet();
                last.set(s);
            });
            poller.start();
            System.out.println("| minute | refreshes | running agents | host latency | heap used after GC | RSS |");
            System.out.println("|---|---|---|---|---|---|");
            long start = System.nanoTime();
            int typed = 0;
            for (int minute = 1; minute <= minutes; minute++) {
                long minuteEnd = start + minute * 60_000_000_000L;
                while (System.nanoTime() < minuteEnd) {
                    Thread.sleep(Math.min(20_000, Math.max(1, (minuteEnd - System.nanoTime()) / 1_000_000)));
                    for (int r = 0; r < leases.size(); r++) {
                        List<String> some = names.get(r).subList(typed % 45, typed % 45 + 5);
                        cluster.type(leases.get(r), some, "soak line " + typed);
                    }
                    typed++;
                }
                long[] f = sample(minute, refreshes.get(), last.get());
                figures.add(f);
            }
        }
        verdict(figures);
    }

    private static long[] sample(int minute, long refreshes, ClusterSnapshot s) throws Exception {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long rss = rssKb();
        long running = s == null ? 0 : s.agents().values().stream().filter(a -> a.phase() == AgentPhase.RUNNING)
                .count();
        long latency = s == null ? 0 : s.hosts().values().stream().map(HostStatus::latency)
                .mapToLong(java.time.Duration::toMillis).max().orElse(0);
        System.out.printf("| %d | %d | %d | %d ms | %.1f MB | %.1f MB |%n", minute, refreshes, running, latency,
                heap / 1048576.0, rss / 1024.0);
        return new long[] {minute, heap, rss};
    }

    private static void verdict(List<long[]> f) {
        int warm = Math.min(1, f.size() - 1);
        double heapWarm = f.get(warm)[1] / 1048576.0;
        double heapEnd = f.get(f.size() - 1)[1] / 1048576.0;
        double heapMax = f.stream().skip(warm).mapToLong(x -> x[1]).max().orElse(0) / 1048576.0;
        double rssMax = f.stream().mapToLong(x -> x[2]).max().orElse(0) / 1024.0;
        double slope = slopeMbPerMinute(f.subList(warm, f.size()));
        boolean flat = heapEnd - heapWarm < Math.max(2.0, heapWarm * 0.1) && slope < 0.5;
        System.out.printf("%nheap after GC: %.1f MB at minute %d, %.1f MB at the end, max %.1f MB, trend %+.2f MB/min"
                + " -> goal flat after warm-up: %s%n", heapWarm, warm + 1, heapEnd, heapMax, slope,
                flat ? "MET" : "NOT MET");
        System.out.printf("resident size max %.1f MB -> goal < %d MB: %s%n", rssMax, RSS_GOAL_MB,
                rssMax < RSS_GOAL_MB ? "MET" : "NOT MET");
    }

    private static double slopeMbPerMinute(List<long[]> f) {
        if (f.size() < 2) {
            return 0;
        }
        double n = f.size();
        double sx = 0;
        double sy = 0;
        double sxy = 0;
        double sxx = 0;
        for (long[] p : f) {
            double x = p[0];
            double y = p[1] / 1048576.0;
            sx += x;
            sy += y;
            sxy += x * y;
            sxx += x * x;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    private static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
