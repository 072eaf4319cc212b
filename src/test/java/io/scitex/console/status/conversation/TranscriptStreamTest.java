package io.scitex.console.status.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The follower's reading of the remote script's output: headers, byte offsets, resuming, switching sessions. */
class TranscriptStreamTest {
    private final List<Conversation> seen = new ArrayList<>();
    private final TranscriptStream stream = new TranscriptStream(seen::add);

    private void feed(String text) throws IOException {
        stream.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String lines(List<String> l) {
        return String.join("\n", l) + "\n";
    }

    @Test
    void aDroppedStreamResumesAtTheLastCompleteLineNothingLostNothingTwice() throws IOException {
        List<String> all = TranscriptParserTest.fixture("bash-approved-then-denied.jsonl");
        String whole = lines(all);
        int cut = whole.indexOf('\n', whole.length() / 2) + 1;
        feed("login banner noise\r\n@@SAC-PROJECT /h/.claude/projects/-w\r\n\n@@SAC-TRANSCRIPT 0 /h/p/s.jsonl\n"
                + whole.substring(0, cut) + "{\"type\": \"user\", \"mess"); // cut mid-line by the drop
        assertThat(stream.file()).isEqualTo("/h/p/s.jsonl");
        assertThat(stream.project()).isEqualTo("/h/.claude/projects/-w");
        assertThat(stream.offset()).isEqualTo(cut);
        // the reopened stream: same file, from the offset asked for
        feed("\n@@SAC-TRANSCRIPT " + cut + " /h/p/s.jsonl\n" + whole.substring(cut));
        assertThat(stream.offset()).isEqualTo(whole.getBytes(StandardCharsets.UTF_8).length);
        assertThat(stream.conversation()).isEqualTo(TranscriptParser.parse("/h/p/s.jsonl", all));
    }

    @Test
    void aNewerTranscriptReplacesTheConversation() throws IOException {
        feed("@@SAC-TRANSCRIPT 0 /h/p/a.jsonl\n" + lines(TranscriptParserTest.fixture(
                "bash-approved-then-denied.jsonl")));
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(seen.size() - 1).turns()).hasSize(3);
        List<String> other = TranscriptParserTest.fixture("api-errors-and-interrupt.jsonl");
        feed("\n@@SAC-TRANSCRIPT 0 /h/p/b.jsonl\n" + lines(other));
        Conversation last = seen.get(seen.size() - 1);
        assertThat(last.file()).isEqualTo("/h/p/b.jsonl");
        assertThat(last.turns()).extracting(Turn::prompt).containsExactly("one", "two", "three", "four");
    }

    @Test
    void aBurstOfLinesMakesOneSnapshot() throws IOException {
        feed("@@SAC-TRANSCRIPT 0 /h/p/a.jsonl\n" + lines(TranscriptParserTest.fixture(
                "bash-approved-then-denied.jsonl")));
        assertThat(seen).hasSize(1);
    }
}
