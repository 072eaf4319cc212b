package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.testing.TestCluster;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int sac(String... args) {
        return SacCommand.commandLine(CliEnv.system(), args).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    private Path agent(String name, String yaml) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("agents").resolve(name));
        return Files.writeString(dir.resolve(name + ".yaml"), yaml);
    }

    @Test
    void samplesAreValid() {
        int code = sac("validate", TestCluster.repo().resolve("samples/agents").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("5 agent(s) valid, 0 error(s), 0 warning(s)\n");
    }

    @Test
    void anErrorPrintsItsLocationAndExitsOne() throws IOException {
        Path bad = agent("bad", "apiVersion: scitex-agent-container/v3\nkind: Agent\nspec:\n  slurm:\n    mem: lots\n");
        agent("good", "apiVersion: scitex-agent-container/v3\nkind: Agent\nspec: {}\n");

        int code = sac("validate", tmp.resolve("agents").toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(bad + ":5:10: error: spec.slurm.mem must be a memory size such as 500M, "
                + "16G or 1T, got 'lots'\n");
        assertThat(err.toString()).isEqualTo("1 agent(s) valid, 1 error(s), 0 warning(s)\n");
    }

    @Test
    void warningsAloneExitZeroAndFilesAndAgentFoldersAreAccepted() throws IOException {
        Path file = agent("warned", "apiVersion: scitex-agent-container/v3\nkind: Agent\nspec:\n  modle: opus\n");

        int byFile = sac("validate", file.toString());
        int byFolder = sac("validate", file.getParent().toString());

        assertThat(byFile).isZero();
        assertThat(byFolder).isZero();
        String line = file + ":4:3: warning: unknown key 'modle' in spec; did you mean 'model'?\n";
        assertThat(out.toString()).isEqualTo(line + line);
    }

    @Test
    void missingPathIsAnErrorAndNoPathIsAUsageError() {
        Path missing = tmp.resolve("nope");

        assertThat(sac("validate", missing.toString())).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(missing + ": error: no such file or folder\n");
        assertThat(sac("validate")).isEqualTo(2);
    }
}
