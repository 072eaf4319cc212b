package io.scitex.console.bench;

import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.HostKeyPolicy;
import io.scitex.console.remote.Prompter;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.SshConfig;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.remote.SshOptions;
import io.scitex.console.remote.TestSshd;
import io.scitex.console.testing.TestCluster;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * One command's round trip on the warm shared connection against OpenSSH started once per command (what the
 * command-line tools do). Goal: at least 10 times faster. Two runs: the cluster alias {@code sac-test} (root, whose
 * shell start-up on this machine image costs a lot), and a private sshd with a fresh account whose shell profile is
 * Debian's stock one. Usage: {@code bench/run ssh [rounds]}.
 */
public final class SshBench {
    private static final double GOAL = 10.0;

    record Figures(double warm, double ssh, double sshSameLine, double shellStart) {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        try (SshHosts hosts = TestCluster.hosts()) {
            print("cluster alias " + TestCluster.ALIAS + " (the cluster login, sacuser)", TestCluster.ALIAS,
                    measure(hosts, TestCluster.sshConfig(), TestCluster.ALIAS, rounds));
        }
        benchFreshAccount(rounds);
    }

    private static void benchFreshAccount(int rounds) throws Exception {
        Path tmp = Files.createTempDirectory("sac-bench");
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        String user = "sacbench" + Integer.toString(new Random().nextInt(1 << 24), 36);
        TestSshd.exec("useradd", "-m", "-s", "/bin/bash", "-p", "*", user); // "*": no password, not locked
        try (TestSshd sshd = TestSshd.start(tmp.resolve("sshd"), "LogLevel INFO")) {
            Files.setPosixFilePermissions(sshd.dir.resolve("authorized_keys"), PosixFilePermissions.fromString("rw-r--r--"));
            Path kh = tmp.resolve("known_hosts");
            Files.writeString(kh, sshd.knownHostsLine("ed25519") + "\n");
            Path cfg = tmp.resolve("ssh_config");
            Files.writeString(cfg, sshd.configBlock("bench", kh, "User " + user));
            try (SshHosts hosts = new SshHosts(SshConfig.load(cfg), Prompter.none(),
                    SshOptions.defaults().withHostKeyPolicy(HostKeyPolicy.STRICT))) {
                try {
                    hosts.connect("bench");
                } catch (Exception e) {
                    throw new IllegalStateException(sshd.log(), e);
                }
                print("private sshd, fresh account " + user + " (stock Debian ~/.profile)", "bench",
                        measure(hosts, cfg, "bench", rounds));
            }
        } finally {
            TestSshd.exec("userdel", "-r", "-f", user);
            TestSshd.exec("rm", "-rf", tmp.toString());
        }
    }

    private static Figures measure(SshHosts hosts, Path cfg, String alias, int rounds) throws Exception {
        hosts.connect(alias);
        for (int i = 0; i < 5; i++) {
            check(hosts.run(alias, RemoteCommand.of("true")));
        }
        List<Double> warm = new ArrayList<>();
        List<Double> ssh = new ArrayList<>();
        List<Double> same = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            check(hosts.run(alias, RemoteCommand.of("true")));
            warm.add(ms(t));
            t = System.nanoTime();
            openssh("ssh", "-F", cfg.toString(), "-o", "BatchMode=yes", alias, "true");
            ssh.add(ms(t));
            t = System.nanoTime();
            openssh("ssh", "-F", cfg.toString(), "-o", "BatchMode=yes", alias, RemoteCommand.of("true").toShellLine());
            same.add(ms(t));
        }
        ExecResult shell = hosts.run(alias, RemoteCommand.script(
                "s=$EPOCHREALTIME; for i in 1 2 3 4 5; do bash -lc true; done; e=$EPOCHREALTIME; echo \"$s $e\""));
        String[] se = shell.stdout().trim().split(" ");
        double shellStart = (Double.parseDouble(se[1]) - Double.parseDouble(se[0])) * 1000 / 5;
        return new Figures(median(warm), median(ssh), median(same), shellStart);
    }

    private static void print(String title, String alias, Figures f) {
        System.out.printf("%n%s - medians:%n", title);
        System.out.printf("  warm shared connection: RemoteCommand.of(\"true\") (bash -lc true) : %7.1f ms%n", f.warm());
        System.out.printf("  OpenSSH once per command: ssh %-10s true                   : %7.1f ms%n", alias, f.ssh());
        System.out.printf("  OpenSSH once per command, same remote line (bash -lc true)     : %7.1f ms%n", f.sshSameLine());
        System.out.printf("  ratio ssh %s true / warm: %.1f x   (goal >= %.0f x: %s)%n", alias, f.ssh() / f.warm(), GOAL,
                f.ssh() / f.warm() >= GOAL ? "MET" : "NOT MET");
        System.out.printf("  ratio on the same remote line: %.1f x%n", f.sshSameLine() / f.warm());
        System.out.printf("  remote login shell start alone (bash -lc true, timed on the host): %.1f ms%n", f.shellStart());
    }

    private static void check(ExecResult r) {
        if (!r.ok()) {
            throw new IllegalStateException("benchmark command failed: " + r);
        }
    }

    private static void openssh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + new String(out));
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
