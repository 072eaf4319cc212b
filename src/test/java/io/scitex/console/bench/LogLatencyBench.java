package io.scitex.console.bench;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.runtime.LogStreams;
import io.scitex.console.runtime.LogTail;
import io.scitex.console.runtime.TenantCommands;
import io.scitex.console.service.LogTarget;
import io.scitex.console.slurm.OutputLog;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.ui.logs.OutputLogModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * End-to-end latency of the lossless output log (issue 13): N tenants (default 50) of one reservation each print a
 * line stamped with the node's clock ({@code $EPOCHREALTIME}) every half second; one stream for the host carries the
 * 50 tails into one {@link OutputLogModel} each (what the Log pane's model holds). Measured: from the stamp to the
 * line's arrival in the model's queue (a pane shows it at the next FX pulse, at most ~17 ms later), over S seconds
 * (default 60) after a warm-up. Goal: p95 < 1 s. Baseline printed beside it: the stream looks every 250 ms, so
 * ~125 ms is its mean wait alone. The cluster runs on this machine: the node's clock is ours.
 * Usage: {@code bench/run loglatency [tenants] [seconds]}.
 */
public final class LogLatencyBench {
    private static final String STAMPER = """
            #!/bin/bash
            printf 'ready\\n'
            while :; do printf 'stamp %s\\n' "$EPOCHREALTIME"; sleep 0.5; done
            """;

    private LogLatencyBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Path tmp = Files.createTempDirectory("sac-loglatency-bench");
        try (SshHosts hosts = TestCluster.hosts(); BenchCluster cluster = new BenchCluster(hosts, tmp)) {
            String res = "llbench-" + cluster.rand;
            Lease lease = cluster.book(res);
            ExecResult installed = hosts.run(BenchCluster.HOST, RemoteCommand.script("d=" + cluster.dir()
                    + "/bin && mkdir -p \"$d\" && cat > \"$d/claude\" && chmod 755 \"$d/claude\" && cd \"$d\" && pwd")
                    .withStdin(STAMPER));
            if (!installed.ok()) {
                throw new IllegalStateException("cannot install the stamping claude: " + installed);
            }
            String path = installed.stdout().strip() + ":/usr/local/bin:/usr/bin:/bin";
            List<AgentSpec> tenants = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                AgentSpec t = cluster.tenant("ll" + i + "-" + cluster.rand, res);
                tenants.add(new AgentSpec(t.name(), t.file(), t.runtime(), t.model(), t.workdir(),
                        Map.of("PATH", path), t.remote(), t.claude(), t.restart(), t.slurm()));
            }
            long startedAt = System.nanoTime();
            ExecResult r = hosts.run(BenchCluster.HOST, TenantCommands.start(lease, tenants, false));
            if (!r.stdout().contains("SAC-END")) {
                throw new IllegalStateException("tenant start failed: " + r);
            }
            System.out.printf("loglatency: %d tenants started in %.1f s%n", n, (System.nanoTime() - startedAt) / 1e9);
            String home = hosts.run(BenchCluster.HOST, RemoteCommand.script("printf '%s' \"$HOME\"")).stdout();
            measure(hosts, tenants, seconds, Path.of(home, OutputLog.DIR));
        }
    }

    private static void measure(SshHosts hosts, List<AgentSpec> tenants, int seconds, Path logs) throws Exception {
        LogFileProbe probe = Files.isReadable(logs) ? new LogFileProbe(tenants.stream()
                .map(t -> logs.resolve(t.name() + ".log.0")).toList()) : null;
        if (probe != null) {
            Thread pt = new Thread(probe, "loglatency-probe");
            pt.setDaemon(true);
            pt.start();
        }
        List<Double> latencies = new CopyOnWriteArrayList<>();
        Map<String, Integer> lines = new ConcurrentHashMap<>();
        long[] measuringFrom = {Long.MAX_VALUE};
        List<LogTail> tails = new ArrayList<>();
        try (LogStreams streams = new LogStreams(hosts)) {
            for (AgentSpec t : tenants) {
                OutputLogModel model = new OutputLogModel(OutputLogModel.DEFAULT_CAP);
                LogTarget target = new LogTarget(t.name(), BenchCluster.HOST,
                        List.of(new LogTarget.Source(OutputLog.path(t.name()), "")));
                tails.addAll(streams.open(target, LogStreams.From.NOW, got -> {
                    double now = System.currentTimeMillis() / 1e3;
                    model.offer(got);
                    lines.merge(t.name(), got.size(), Integer::sum);
                    if (System.nanoTime() < measuringFrom[0]) {
                        return;
                    }
                    for (String l : got) {
                        if (l.startsWith("stamp ")) {
                            latencies.add((now - Double.parseDouble(l.substring(6).strip())) * 1000);
                        }
                    }
                }));
            }
            long end = System.nanoTime() + 30_000_000_000L;
            while (lines.size() < tenants.size() && System.nanoTime() < end) {
                Thread.sleep(200);
            }
            System.out.printf("loglatency: %d of %d tenants' logs streaming; %d host stream(s)%n", lines.size(),
                    tenants.size(), streams.streams());
            Thread.sleep(3000); // warm-up
            measuringFrom[0] = System.nanoTime();
            if (probe != null) {
                probe.measuring = true;
            }
            Thread.sleep(seconds * 1000L);
            measuringFrom[0] = Long.MAX_VALUE;
            if (probe != null) {
                probe.stop();
            }
            tails.forEach(LogTail::close);
        }
        List<Double> s = new ArrayList<>(latencies);
        Collections.sort(s);
        if (s.isEmpty()) {
            System.out.println("loglatency: no stamped line arrived");
            return;
        }
        double p50 = s.get(s.size() / 2);
        double p95 = s.get((int) Math.min(s.size() - 1, Math.ceil(s.size() * 0.95) - 1));
        System.out.printf("loglatency: %d stamped lines from %d tenants over %d s, stamp on the node -> line in the "
                + "model: p50 %.0f ms, p95 %.0f ms, max %.0f ms; goal p95 < 1000 ms: %s%n", s.size(), tenants.size(),
                seconds, p50, p95, s.get(s.size() - 1), p95 < 1000 ? "MET" : "MISSED");
        if (probe == null) {
            System.out.println("loglatency: stamp -> log file not measured (the cluster's home is not on this machine)");
        } else {
            List<Double> f = new ArrayList<>(probe.latencies);
            Collections.sort(f);
            System.out.printf("loglatency: of which stamp -> bytes in the log file (read here every 20 ms): %d lines, "
                    + "p50 %.0f ms, p95 %.0f ms; the rest is the stream (look, SSH, reader)%n", f.size(),
                    f.isEmpty() ? 0 : f.get(f.size() / 2), f.isEmpty() ? 0 : f.get((int) (f.size() * 0.95)));
        }
        System.out.println("loglatency: baseline: the stream looks every 250 ms (mean wait ~125 ms before any SSH or "
                + "parsing); a pane shows a line at the next FX pulse (<= ~17 ms more)");
        System.out.printf("loglatency: load average %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    }
}
