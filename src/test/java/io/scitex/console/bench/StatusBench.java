package io.scitex.console.bench;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.inventory.Inventory;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.runtime.RuntimeStateStore;
import io.scitex.console.runtime.TenantCommands;
import io.scitex.console.settings.ConsoleSettings;
import io.scitex.console.slurm.Squeue;
import io.scitex.console.status.AgentPhase;
import io.scitex.console.status.ClusterSnapshot;
import io.scitex.console.status.StatusPoller;
import io.scitex.console.testing.TestCluster;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One status refresh of the console (one squeue + one pane sweep, whatever the number of tenants) against the
 * per-agent way of the sac CLI (one squeue and one capture-pane per agent), with 1, 10 and 50 tenants, in one run.
 * The per-agent way is measured twice: over the console's warm connection and with OpenSSH started per command
 * ({@code ssh -F <cluster ssh_config> sac-test ...}), which is what the command-line tool does.
 * Usage: {@code bench/run status [rounds]} or {@code bench/run status soak [minutes]} ({@link StatusSoak}).
 */
public final class StatusBench {
    private static final int[] SIZES = {1, 10, 50};
    private static final double GROWTH_GOAL = 2.0;
    private static final double SPEEDUP_GOAL = 10.0;

    record Row(int tenants, double console, double firstRefresh, double perAgentWarm, double perAgentSsh) {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("soak")) {
            StatusSoak.main(args.length > 1 ? new String[] {args[1]} : new String[0]);
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path tmp = Files.createTempDirectory("sac-status-bench");
        List<Row> rows = new ArrayList<>();
        try (SshHosts hosts = TestCluster.hosts(); BenchCluster cluster = new BenchCluster(hosts, tmp)) {
            String res = "sbench-" + cluster.rand;
            Lease lease = cluster.book(res);
            List<AgentSpec> tenants = new ArrayList<>();
            for (int n : SIZES) {
                List<AgentSpec> more = new ArrayList<>();
                for (int i = tenants.size(); i < n; i++) {
                    more.add(cluster.tenant("b" + i + "-" + cluster.rand, res));
                }
                cluster.start(lease, more);
                tenants.addAll(more);
                rows.add(measure(hosts, cluster, lease, List.copyOf(tenants), tmp, rounds));
                System.out.printf("measured %d tenant(s)%n", n);
            }
        } finally {
            deleteTree(tmp);
        }
        print(rows, rounds);
    }

    private static Row measure(SshHosts hosts, BenchCluster cluster, Lease lease, List<AgentSpec> tenants, Path tmp,
            int rounds) throws Exception {
        Inventory inv = new Inventory(tenants, List.of(lease), List.of());
        List<Double> console = new ArrayList<>();
        double first;
        try (StatusPoller poller = new StatusPoller(hosts, () -> inv, new RuntimeStateStore(tmp.resolve("state")),
                cluster.leases, () -> ConsoleSettings.DEFAULTS, Clock.systemUTC(), BenchCluster.HOST, null)) {
            long t = System.nanoTime();
            check(poller.refreshOnce(), tenants.size());
            first = ms(t);
            for (int i = 0; i < 3; i++) {
                check(poller.refreshOnce(), tenants.size());
            }
            for (int i = 0; i < rounds; i++) {
                t = System.nanoTime();
                check(poller.refreshOnce(), tenants.size());
                console.add(ms(t));
            }
        }
        int slowRounds = Math.max(1, Math.min(rounds, 150 / tenants.size()));
        List<Double> warm = new ArrayList<>();
        List<Double> ssh = new ArrayList<>();
        for (int i = 0; i < slowRounds; i++) {
            long t = System.nanoTime();
            for (AgentSpec a : tenants) {
                perAgent(hosts, lease, a, false);
            }
            warm.add(ms(t));
            t = System.nanoTime();
            for (AgentSpec a : tenants) {
                perAgent(hosts, lease, a, true);
            }
            ssh.add(ms(t));
        }
        return new Row(tenants.size(), median(console), first, median(warm), median(ssh));
    }

    /** What {@code sac show-status} costs per agent: its job's state, then its pane. */
    private static void perAgent(SshHosts hosts, Lease lease, AgentSpec a, boolean openssh) throws Exception {
        for (RemoteCommand c : List.of(Squeue.job(lease.jobId()), TenantCommands.logs(lease, a.name(), 30))) {
            String out = openssh ? openssh(c) : run(hosts, c);
            if (out.isBlank()) {
                throw new IllegalStateException("no answer to " + c.script());
            }
        }
    }

    private static String run(SshHosts hosts, RemoteCommand c) throws Exception {
        ExecResult r = hosts.run(BenchCluster.HOST, c);
        if (!r.ok()) {
            throw new IllegalStateException("per-agent command failed: " + r);
        }
        return r.stdout();
    }

    private static String openssh(RemoteCommand c) throws Exception {
        Process p = new ProcessBuilder("ssh", "-F", TestCluster.sshConfig().toString(), "-o", "BatchMode=yes",
                BenchCluster.HOST, c.toShellLine()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("ssh per command failed: " + c.script());
        }
        return out;
    }

    private static void check(ClusterSnapshot s, int n) {
        long running = s.agents().values().stream().filter(a -> a.phase() == AgentPhase.RUNNING).count();
        if (running != n) {
            throw new IllegalStateException("expected " + n + " running tenants, snapshot has " + running);
        }
    }

    private static void print(List<Row> rows, int rounds) {
        System.out.printf("%nStatus refresh cost on the local cluster (medians; console: %d rounds after 3 warm-ups)%n",
                rounds);
        System.out.println("| tenants | console refresh | console, first (all panes new) | per agent, warm connection"
                + " | per agent, ssh per command | console vs warm | console vs ssh |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            System.out.printf("| %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1fx | %.1fx |%n", r.tenants(),
                    r.console(), r.firstRefresh(), r.perAgentWarm(), r.perAgentSsh(), r.perAgentWarm() / r.console(),
                    r.perAgentSsh() / r.console());
        }
        Row one = rows.get(0);
        Row fifty = rows.get(rows.size() - 1);
        double growth = fifty.console() / one.console();
        double speedup = fifty.perAgentSsh() / fifty.console();
        System.out.printf("%ngoal: console refresh grows < %.0fx from 1 to 50 tenants: %.2fx -> %s%n", GROWTH_GOAL,
                growth, growth < GROWTH_GOAL ? "MET" : "NOT MET");
        System.out.printf("goal: >= %.0fx faster than per agent at 50 (ssh per command, as the CLI): %.1fx -> %s%n",
                SPEEDUP_GOAL, speedup, speedup >= SPEEDUP_GOAL ? "MET" : "NOT MET");
        System.out.printf("      (per agent over the console's own warm connection: %.1fx)%n",
                fifty.perAgentWarm() / fifty.console());
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
