package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.status.conversation.Conversation;
import io.scitex.console.status.conversation.TranscriptParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code show-logs --conversation -f} over a real transcript fixture fed one record at a time: it prints what the
 * one-off text prints, each entry once, and each turn's last tokens line carries the turn's final figures.
 */
class ConversationFollowTest {
    private static List<String> fixture(String name) throws IOException {
        try (InputStream in = ConversationFollowTest.class.getResourceAsStream("/claude-transcripts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void recordByRecordItPrintsEveryEntryOnceAndEachTurnsFinalTokens() throws IOException {
        List<String> lines = fixture("bash-approved-then-denied.jsonl");
        StringWriter followed = new StringWriter();
        ConversationFollow follow = new ConversationFollow("p1", new PrintWriter(followed));
        for (int i = 0; i <= lines.size(); i++) {
            follow.accept(TranscriptParser.parse("/h/s.jsonl", lines.subList(0, i)));
        }
        StringWriter once = new StringWriter();
        Conversation whole = TranscriptParser.parse("/h/s.jsonl", lines);
        ConversationOutput.text("p1", whole, new PrintWriter(once));

        List<String> expected = once.toString().lines().toList();
        expected = expected.subList(0, expected.size() - 2); // the blank line and the total
        List<String> got = followed.toString().lines().toList();
        assertThat(withoutTokens(got)).isEqualTo(withoutTokens(expected));
        assertThat(lastTokensPerTurn(got)).isEqualTo(lastTokensPerTurn(expected)).hasSize(3);
    }

    @Test
    void aNewTranscriptStartsOverWithItsHeading() {
        StringWriter followed = new StringWriter();
        ConversationFollow follow = new ConversationFollow("p1", new PrintWriter(followed));
        follow.accept(Conversation.EMPTY);
        assertThat(followed.toString()).as("no transcript yet").isEmpty();
        follow.accept(new Conversation("/h/a.jsonl", "a", List.of()));
        follow.accept(new Conversation("/h/b.jsonl", "b", List.of()));
        assertThat(followed.toString().lines()).containsExactly("Conversation of p1 — /h/a.jsonl (session a)", "",
                "Conversation of p1 — /h/b.jsonl (session b)");
    }

    private static List<String> withoutTokens(List<String> out) {
        return out.stream().filter(l -> !l.startsWith("   tokens: ")).toList();
    }

    private static List<String> lastTokensPerTurn(List<String> out) {
        List<String> last = new ArrayList<>();
        String tokens = null;
        for (String l : out) {
            if (l.startsWith("── Turn ") && tokens != null) {
                last.add(tokens);
                tokens = null;
            } else if (l.startsWith("   tokens: ")) {
                tokens = l;
            }
        }
        if (tokens != null) {
            last.add(tokens);
        }
        return last;
    }
}
