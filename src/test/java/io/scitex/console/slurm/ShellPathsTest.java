package io.scitex.console.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.testing.Bash;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellPathsTest {

    @Test
    void words() {
        assertThat(ShellPaths.word("p", "~")).isEqualTo("\"$HOME\"");
        assertThat(ShellPaths.word("p", "~/")).isEqualTo("\"$HOME\"/");
        assertThat(ShellPaths.word("p", "~/a b/c")).isEqualTo("\"$HOME\"/'a b/c'");
        assertThat(ShellPaths.word("p", "/x/y")).isEqualTo("/x/y");
        assertThat(ShellPaths.word("p", "rel/$(x)")).isEqualTo("'rel/$(x)'");
        assertThatThrownBy(() -> ShellPaths.word("spec.workdir", "~bob/x"))
                .hasMessageContaining("spec.workdir must start with '/', '~/' or a folder name");
    }

    @Test
    void bashExpandsTheHomeAndNothingElse() {
        String word = ShellPaths.word("p", "~/it's $(id) `x` \"q\"");
        String out = Bash.run(List.of("/bin/bash", "-c", "printf %s " + word), Map.of("HOME", "/h me"), "").stdout();
        assertThat(out).isEqualTo("/h me/it's $(id) `x` \"q\"");
    }

    @Test
    void absolutePathsForSbatch() {
        assertThat(ShellPaths.absolute("p", "~/slurm_logs", "/home/u/")).isEqualTo("/home/u/slurm_logs");
        assertThat(ShellPaths.absolute("p", "~", "/home/u")).isEqualTo("/home/u");
        assertThat(ShellPaths.absolute("p", "/scratch/l", null)).isEqualTo("/scratch/l");
        assertThatThrownBy(() -> ShellPaths.absolute("p", "~/l", "relative")).hasMessageContaining("home folder");
    }
}
