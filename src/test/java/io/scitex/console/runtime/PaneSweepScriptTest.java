package io.scitex.console.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.testing.Bash;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pane sweep script against a private local tmux server (no SLURM): its answer must be byte for byte the one
 * of the first, one-process-per-pane sweep kept as a test resource, including a session that vanishes between the
 * listing and the capture and a chain long enough to need several tmux clients.
 */
class PaneSweepScriptTest {
    @TempDir
    Path tmp;
    private Map<String, String> env;

    @BeforeEach
    void server() throws Exception {
        Path tmux = tmp.resolve("tmux");
        Files.createDirectories(tmux);
        Path bin = tmp.resolve("bin");
        Files.createDirectories(bin);
        // lists one more session than there is, as if it ended between list-sessions and capture-pane
        Path fake = bin.resolve("tmux");
        Files.writeString(fake, "#!/bin/bash\nif [[ $3 == list-sessions && -n ${SAC_GHOST:-} ]]; then\n"
                + "  /usr/bin/tmux \"$@\" | sed \"2i sac-$SAC_GHOST\"\n  exit \"${PIPESTATUS[0]}\"\nfi\n"
                + "exec /usr/bin/tmux \"$@\"\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        env = new HashMap<>(Map.of("TMUX_TMPDIR", tmux.toString(), "PATH", bin + ":" + System.getenv("PATH")));
        tmux("new-session", "-d", "-s", "_root", "sleep 600");
    }

    @AfterEach
    void stop() {
        Bash.run(List.of("/usr/bin/tmux", "-L", "t", "kill-server"), env, "");
    }

    @Test
    void sameAnswerAsTheReferenceForNewSameAndVanishedPanes() throws Exception {
        session("a", "for i in $(seq 1 80); do echo \"row $i\"; done");
        session("b", "printf 'tab\\there\\nback\\\\slash\\n\\n\\n'");
        session("c", "true");
        session("d", "for i in $(seq 1 5); do echo \"d$i\"; done");
        Thread.sleep(300);
        String first = compare(20, List.of());
        assertThat(first).contains("SAC-PANE\ta\tnew\t").contains("row 80").doesNotContain("row 60\\n")
                .contains("SAC-PANE\tc\tnew\t").endsWith("SAC-END\n");
        List<String> known = new ArrayList<>();
        PaneSweep.parse(first).panes().values().forEach(p -> known.add(p.name() + "=" + p.hash()));
        known.set(0, known.get(0).replaceAll("=.*", "=00000000000000000000000000000000"));
        String second = compare(20, known);
        assertThat(second).contains("\tsame\t").contains("\tnew\t");
        env.put("SAC_GHOST", "ghost");
        String withGhost = compare(20, known);
        assertThat(withGhost).contains("SAC-PANE\tghost\tgone\n").contains("SAC-PANE\td\t");
    }

    @Test
    void aLongChainIsCapturedInSeveralClients() throws Exception {
        String tail = "x".repeat(90);
        for (int i = 0; i < 70; i++) {
            session("n" + i + tail, "echo pane-" + i);
        }
        Thread.sleep(500);
        String out = compare(10, List.of());
        assertThat(PaneSweep.parse(out).panes()).hasSize(70);
        assertThat(PaneSweep.parse(out).panes().get("n69" + tail).text()).isEqualTo("pane-69");
    }

    @Test
    void hookMarksComeWithTheListingAndOnlyNeedsCarryTheirDetail() throws Exception {
        session("a", "echo a");
        session("b", "echo b");
        session("c", "echo c");
        tmux("set-option", "-p", "-t", "=sac-a:", "@sac_state", "PermissionRequest 1796004035");
        tmux("set-option", "-p", "-t", "=sac-a:", "@sac_detail", "eyJ0b29sX25hbWUiOiJCYXNoIn0=");
        tmux("set-option", "-p", "-t", "=sac-b:", "@sac_state", "PreToolUse 1796004036");
        tmux("set-option", "-p", "-t", "=sac-b:", "@sac_detail", "eyJ0b29sX25hbWUiOiJSZWFkIn0=");
        Thread.sleep(300);
        SweepResult r = PaneSweep.parse(run(RemoteScripts.PANE_SWEEP, 10, List.of()));
        assertThat(r.panes()).containsOnlyKeys("a", "b", "c");
        assertThat(r.hooks()).containsOnlyKeys("a", "b");
        assertThat(r.hooks().get("a"))
                .isEqualTo(new HookMark("PermissionRequest", 1796004035L, "eyJ0b29sX25hbWUiOiJCYXNoIn0="));
        assertThat(r.hooks().get("b")).isEqualTo(new HookMark("PreToolUse", 1796004036L, ""));
    }

    @Test
    void noServer() throws Exception {
        stop();
        // kill-server returns before the server is gone; until then tmux says "server exited unexpectedly"
        for (int i = 0; i < 50 && !Bash.run(List.of("/usr/bin/tmux", "-L", "t", "ls"), env, "").stderr()
                .contains("no server running"); i++) {
            Thread.sleep(100);
        }
        assertThat(compare(10, List.of())).startsWith("SAC-NOSERVER\t").endsWith("SAC-END\n");
    }

    /** Runs both scripts on the same server; returns the answer after checking they are equal. */
    private String compare(int lines, List<String> known) throws IOException {
        String fast = run(RemoteScripts.PANE_SWEEP, lines, known);
        String reference = run(referenceScript(), lines, known);
        assertThat(fast).isEqualTo(reference);
        return fast;
    }

    private String run(String script, int lines, List<String> known) {
        List<String> argv = new ArrayList<>(List.of("/bin/bash", "-c", script, "sac-sweep", "t",
                String.valueOf(lines)));
        argv.addAll(known);
        Bash.Result r = Bash.run(argv, env, "");
        assertThat(r.exit()).as(r.stderr()).isZero();
        return r.stdout();
    }

    private void session(String name, String command) {
        tmux("new-session", "-d", "-s", "sac-" + name, command + "; exec sleep 600");
    }

    private void tmux(String... args) {
        List<String> argv = new ArrayList<>(List.of("/usr/bin/tmux", "-L", "t"));
        argv.addAll(List.of(args));
        Bash.Result r = Bash.run(argv, env, "");
        assertThat(r.exit()).as("tmux %s: %s", List.of(args), r.stderr()).isZero();
    }

    private static String referenceScript() throws IOException {
        StringBuilder b = new StringBuilder();
        for (String name : List.of("codec.bash", "pane-sweep-reference.bash")) {
            try (InputStream in = PaneSweepScriptTest.class.getResourceAsStream(name)) {
                b.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return b.toString();
    }
}
