package io.scitex.console.status.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.status.conversation.Entry.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser against transcripts the real Claude Code 2.1.328 wrote on this machine (answered by the scripted API;
 * bulky bookkeeping records removed, the rest verbatim; see src/test/resources/claude-transcripts/README.md).
 */
class TranscriptParserTest {
    static List<String> fixture(String name) throws IOException {
        try (InputStream in = TranscriptParserTest.class.getResourceAsStream("/claude-transcripts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void approvedBashCallThenDeniedOneGiveThreeTurnsWithCommandsResultsAndTokens() throws IOException {
        Conversation c = TranscriptParser.parse("f.jsonl", fixture("bash-approved-then-denied.jsonl"));
        assertThat(c.sessionId()).isEqualTo("db060bb0-ee2f-4033-8e86-189a8639cd77");
        assertThat(c.turns()).extracting(Turn::prompt).containsExactly("run the echo", "remove it", "no");

        Turn first = c.turns().get(0);
        assertThat(first.entries()).extracting(Entry::kind).containsExactly(Kind.PROMPT, Kind.ANSWER,
                Kind.TOOL_CALL, Kind.TOOL_RESULT, Kind.ANSWER);
        Entry call = first.entries().get(2);
        assertThat(call.tool()).isEqualTo("Bash");
        assertThat(call.input()).isEqualTo("$ touch /tmp/sac-attn-e4f2e2/marker-e4f2e2 && echo approved-e4f2e2");
        assertThat(call.text()).isEqualTo("Say approved");
        Entry result = first.entries().get(3);
        assertThat(result.text()).isEqualTo("approved-e4f2e2");
        assertThat(result.tool()).isEqualTo("Bash");
        assertThat(result.toolId()).isEqualTo(call.toolId());
        assertThat(result.error()).isFalse();
        assertThat(first.entries().get(4).text()).isEqualTo("all done");
        // two API messages (msg_1: text + tool_use written as two records; msg_3), 10 in / 5 out each
        assertThat(first.usage()).isEqualTo(new Usage(20, 10, 0, 0));
        assertThat(first.model()).isEqualTo("claude-sonnet-5-5");

        Turn second = c.turns().get(1);
        assertThat(second.entries()).extracting(Entry::kind).containsExactly(Kind.PROMPT, Kind.ANSWER,
                Kind.TOOL_CALL, Kind.TOOL_RESULT, Kind.INTERRUPT);
        assertThat(second.entries().get(3).error()).as("a refused call's result is an error").isTrue();
        assertThat(second.entries().get(3).text()).contains("doesn't want to proceed");
        assertThat(second.entries().get(4).text()).isEqualTo("[Request interrupted by user for tool use]");
        assertThat(second.usage()).isEqualTo(new Usage(10, 5, 0, 0));
        assertThat(c.turns().get(2).usage()).isEqualTo(new Usage(10, 5, 0, 0));
        assertThat(c.total()).isEqualTo(new Usage(40, 20, 0, 0));
        assertThat(c.runningTotals()).containsExactly(new Usage(20, 10, 0, 0), new Usage(30, 15, 0, 0),
                new Usage(40, 20, 0, 0));
    }

    @Test
    void theCostEstimateMatchesWhatClaudeCodeItselfComputedForTheSession() throws IOException {
        // the fixture's last cost-state record: totalCostUSD 0.00028 for 40 input and 20 output tokens
        Conversation c = TranscriptParser.parse("f.jsonl", fixture("bash-approved-then-denied.jsonl"));
        assertThat(c.cost()).isCloseTo(0.00028, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Prices.format(c.cost())).isEqualTo("$0.0003");
    }

    @Test
    void apiErrorsAndAnEscInterruptAreErrorEntriesOfTheirTurns() throws IOException {
        Conversation c = TranscriptParser.parse("f.jsonl", fixture("api-errors-and-interrupt.jsonl"));
        assertThat(c.turns()).extracting(Turn::prompt).containsExactly("one", "two", "three", "four");
        assertThat(c.turns().get(0).entries().get(1)).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Kind.ERROR);
            assertThat(e.error()).isTrue();
            assertThat(e.text()).startsWith("API Error: 500 Internal server error (scripted)");
        });
        assertThat(c.turns().get(1).entries().get(1).text()).contains("429");
        assertThat(c.turns().get(2).entries().get(1).text()).startsWith("Invalid API key");
        assertThat(c.turns().get(0).usage()).as("a synthetic error message costs nothing").isEqualTo(Usage.ZERO);
        Turn four = c.turns().get(3);
        assertThat(four.entries()).extracting(Entry::kind).containsExactly(Kind.PROMPT, Kind.ANSWER,
                Kind.INTERRUPT);
        assertThat(four.entries().get(1).text()).isEqualTo("A ");
        assertThat(four.usage()).as("the aborted stream's figures").isEqualTo(new Usage(10, 1, 0, 0));
    }

    @Test
    void readLineByLineItGrowsAndSkipsWhatIsNotJson() throws IOException {
        List<String> lines = fixture("bash-approved-then-denied.jsonl");
        TranscriptParser p = new TranscriptParser("f.jsonl");
        assertThat(p.conversation().turns()).isEmpty();
        p.accept(lines.get(0));
        p.accept("{\"type\": \"user\", \"message\": {\"content\": \"cut off in the mid");
        p.accept("[1, 2]");
        assertThat(p.malformed()).isEqualTo(2);
        lines.subList(1, lines.size()).forEach(p::accept);
        assertThat(p.conversation()).isEqualTo(TranscriptParser.parse("f.jsonl", lines));
    }

    @Test
    void realWriteAndEditCallsShowTheFileItsContentAndTheEdit() throws IOException {
        Conversation c = TranscriptParser.parse("f.jsonl", fixture("write-then-edit.jsonl"));
        assertThat(c.turns()).extracting(Turn::prompt).containsExactly("write the notes", "edit the notes");
        Entry write = c.turns().get(0).entries().get(2);
        assertThat(write.tool()).isEqualTo("Write");
        assertThat(write.input()).isEqualTo("/tmp/sac-conv-97f239/edit-97f239/notes.txt\nalpha\nbeta\n");
        assertThat(c.turns().get(0).entries().get(3).text()).startsWith("File created successfully at: ");
        Entry edit = c.turns().get(1).entries().get(2);
        assertThat(edit.tool()).isEqualTo("Edit");
        assertThat(edit.input()).isEqualTo("/tmp/sac-conv-97f239/edit-97f239/notes.txt\n- beta\n+ gamma");
        assertThat(c.turns().get(1).entries().get(3).error()).isFalse();
        assertThat(c.turns().get(1).entries()).last().extracting(Entry::text).isEqualTo("Edited.");
    }

    @Test
    void editAndWriteCallsShowTheFileAndTheEdit() {
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        var edit = m.createObjectNode().put("file_path", "/w/a.txt").put("old_string", "one\ntwo")
                .put("new_string", "one\n2");
        assertThat(ToolInput.describe("Edit", edit)).isEqualTo("/w/a.txt\n- one\n- two\n+ one\n+ 2");
        var write = m.createObjectNode().put("file_path", "/w/b.txt").put("content", "hello\n");
        assertThat(ToolInput.describe("Write", write)).isEqualTo("/w/b.txt\nhello\n");
        var other = m.createObjectNode().put("url", "https://x");
        assertThat(ToolInput.describe("WebFetch", other)).isEqualTo("{\"url\":\"https://x\"}");
    }
}
