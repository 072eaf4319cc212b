package io.scitex.console.status.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.testing.Bash;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read script run by the real local bash on a scratch home: the project folder, the newest file, quoting. */
class TranscriptCommandsTest {
    @TempDir
    Path home;

    private static AgentSpec agent(String workdir, Map<String, String> env) {
        return new AgentSpec("a", Path.of("/x/a.yaml"), AgentRuntime.SLURM_TENANT, "sonnet", workdir, env, List.of(),
                null, null, null);
    }

    private Bash.Result read(AgentSpec a) {
        return Bash.run(List.of("/bin/bash", "-c", TranscriptCommands.read(a).script()),
                Map.of("HOME", home.toString()), "");
    }

    @Test
    void readsTheNewestTranscriptOfTheWorkdirsProjectFolderWhateverCharactersTheWorkdirHas() throws IOException {
        String weird = "w d/it's $(touch pwned).x_y";
        Path work = Files.createDirectories(home.resolve(weird));
        String project = work.toRealPath().toString().replaceAll("[^a-zA-Z0-9]", "-");
        Path dir = Files.createDirectories(home.resolve(".claude/projects").resolve(project));
        Path older = Files.writeString(dir.resolve("old.jsonl"), "{\"type\":\"user\",\"message\":{\"content\":\"a\"}}\n");
        Path newer = Files.writeString(dir.resolve("new.jsonl"), "{\"type\":\"user\",\"message\":{\"content\":\"b\"}}\n");
        Files.setLastModifiedTime(older, FileTime.from(Instant.now().minusSeconds(60)));

        Bash.Result r = read(agent("~/" + weird, Map.of()));
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(Files.exists(home.resolve("pwned"))).as("the workdir is data, not code").isFalse();
        TranscriptStream s = new TranscriptStream(c -> { });
        s.read(new ByteArrayInputStream(r.stdout().getBytes(StandardCharsets.UTF_8)));
        assertThat(s.project()).isEqualTo(dir.toString());
        assertThat(s.file()).isEqualTo(newer.toString());
        assertThat(s.conversation().turns()).extracting(Turn::prompt).containsExactly("b");
    }

    @Test
    void claudeConfigDirIsWhereTranscriptsAreLookedFor() {
        Bash.Result r = read(agent("/nowhere/w", Map.of("CLAUDE_CONFIG_DIR", "~/cfg")));
        assertThat(r.stdout()).startsWith(TranscriptCommands.PROJECT + home + "/cfg/projects/-nowhere-w\n")
                .contains(TranscriptCommands.TRANSCRIPT + "0 \n");
    }

    @Test
    void theFollowScriptIsValidBash() {
        Bash.assertSyntaxOk(TranscriptCommands.follow(agent("~/w", Map.of()), "/h/it's.jsonl", 42).script());
    }
}
