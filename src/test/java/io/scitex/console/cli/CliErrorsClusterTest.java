package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.testing.TestCluster;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user reads when something is wrong: the real CLI in its own JVM (its real logging set-up) fed each broken
 * input prints one line on stderr that says where (host, file, line), exits non-zero, and shows no exception, trace
 * or log-format line; the details go to the log file.
 */
@Tag(TestCluster.TAG)
class CliErrorsClusterTest {
    private static final Pattern LOG_LINE = Pattern.compile(
            "\\d\\d:\\d\\d:\\d\\d[.,]\\d{3}|\\b(TRACE|DEBUG|INFO|WARN|ERROR)\\b +(\\[|[a-z]\\.)");
    private static final List<String> BOOK = List.of("reservations", "book", "t1", "--cpus", "1", "--mem", "100M");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private Run sac(Map<String, String> env, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.scitex.console.Launcher"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File(
                "/dev/null")));
        pb.environment().keySet().removeIf(k -> k.startsWith("SAC_") || k.startsWith("SCITEX_"));
        pb.environment().put("SAC_CONSOLE_HOME", dir.resolve("home").toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("sac %s finished", args).isTrue();
        return new Run(p.exitValue(), out, err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One located line on stderr, a non-zero exit, nothing of a trace or a log format. */
    private static void oneLocatedLine(Run r, String... located) {
        List<String> lines = r.err().lines().toList();
        assertThat(lines).as("stderr of %s", r).hasSize(1);
        assertThat(r.exit()).as("exit status of %s", r).isNotZero();
        assertThat(lines.get(0)).contains(located).doesNotContain("Exception", "\tat ");
        assertThat(r.err() + r.out()).as("no log-format line in %s", r).doesNotContainPattern(LOG_LINE)
                .doesNotContain("Exception");
    }

    private Path sshConfig(String name, int port, Path identity, Path knownHosts) throws IOException {
        return Files.writeString(dir.resolve("ssh_config-" + name), """
                Host x
                  HostName 127.0.0.1
                  Port %d
                  User sacuser
                  IdentityFile %s
                  IdentitiesOnly yes
                  UserKnownHostsFile %s
                  StrictHostKeyChecking yes
                """.formatted(port, identity, knownHosts));
    }

    private List<String> book(Path config) {
        List<String> args = new ArrayList<>(BOOK);
        args.addAll(List.of("--ssh-config", config.toString(), "--host", "x"));
        return args;
    }

    private int clusterPort() throws IOException {
        String line = Files.readAllLines(TestCluster.knownHosts()).get(0);
        return Integer.parseInt(line.substring(line.indexOf("]:") + 2, line.indexOf(' ')));
    }

    private Path otherKey() throws Exception {
        Path key = dir.resolve("other_key");
        Process p = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()).start();
        assertThat(p.waitFor()).isZero();
        return key;
    }

    @Test
    void hostKeysConnectionsAndLogins() throws Exception {
        int port = clusterPort();
        Path key = TestCluster.clientKey();
        Path other = otherKey();
        Path changed = Files.writeString(dir.resolve("changed_known_hosts"), "[127.0.0.1]:" + port + " "
                + String.join(" ", List.of(Files.readString(Path.of(other + ".pub")).split(" ")).subList(0, 2)) + "\n");
        Path empty = Files.createFile(dir.resolve("empty_known_hosts"));
        Path known = TestCluster.knownHosts();
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }

        oneLocatedLine(sac(Map.of(), book(sshConfig("changed", port, key, changed))),
                "x: REMOTE HOST IDENTIFICATION HAS CHANGED for [127.0.0.1]:" + port, changed + ":1");
        oneLocatedLine(sac(Map.of(), book(sshConfig("unknown", port, key, empty))),
                "x: host key of [127.0.0.1]:" + port + " is not known", "add it to " + empty);
        assertThat(Files.readString(empty)).as("nothing was trusted").isEmpty();
        oneLocatedLine(sac(Map.of(), book(sshConfig("closed", closed, key, known))),
                "x: cannot connect to sacuser@127.0.0.1:" + closed);
        oneLocatedLine(sac(Map.of(), book(sshConfig("refused", port, other, known))),
                "x: sacuser@127.0.0.1:" + port + ": authentication as sacuser failed", other + " not accepted");
        Path missing = dir.resolve("no_such_key");
        oneLocatedLine(sac(Map.of(), book(sshConfig("missing", port, missing, known))),
                "authentication as sacuser failed", "identity file " + missing + " does not exist");
        Path broken = Files.writeString(dir.resolve("ssh_config-broken"), "Host x\n  Port notanumber\n");
        oneLocatedLine(sac(Map.of(), book(broken)), broken + ":2:3: port: not a number");

        assertThat(Files.readString(dir.resolve("home/.scitex/agent-container/console/console.log")))
                .as("the details are in the log file").contains("x: DISCONNECTED");
        List<String> verbose = new ArrayList<>(book(broken));
        verbose.add("--verbose");
        assertThat(sac(Map.of(), verbose).err()).as("--verbose shows the log as it happens")
                .containsPattern(LOG_LINE).contains("x: CONNECTING");
        assertThat(dir.resolve("home/.scitex/hpc/runtime/leases")).as("nothing was booked").doesNotExist();
    }

    @Test
    void leasesAndAgentFiles() throws Exception {
        Path leases = Files.createDirectories(dir.resolve("home/.scitex/hpc/runtime/leases"));
        oneLocatedLine(sac(Map.of(), List.of("reservations", "release", "nosuch", "--no-missing-ok")),
                "(no reservation named 'nosuch')");
        Path corrupt = Files.writeString(leases.resolve("sac-test-bad.json"), "{\"name\": \"bad\", \"host\": ");
        oneLocatedLine(sac(Map.of(), List.of("reservations", "list")), corrupt + ":1:", "not valid JSON");
        Files.delete(corrupt);

        Path notAFolder = Files.writeString(dir.resolve("agents-file"), "not a folder\n");
        oneLocatedLine(sac(Map.of("SCITEX_AGENT_CONTAINER_YAML_DIRS", notAFolder.toString()), List.of("list")),
                notAFolder + ": error: cannot list the agent folder");

        Path agents = dir.resolve("agents");
        Path yaml = Files.createDirectories(agents.resolve("latin")).resolve("latin.yaml");
        Files.write(yaml, "apiVersion: scitex-agent-container/v3\nkind: Agent\nspec:\n  runtime: slurm-tenant # caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        oneLocatedLine(sac(Map.of("SCITEX_AGENT_CONTAINER_YAML_DIRS", agents.toString()), List.of("start", "latin")),
                yaml + ":4:", "error: file is not valid UTF-8");
    }
}
