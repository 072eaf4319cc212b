package io.scitex.console.ui.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.status.conversation.Conversation;
import io.scitex.console.status.conversation.TranscriptParser;
import io.scitex.console.ui.common.DirectUiExecutor;
import io.scitex.console.ui.conversation.ConversationItem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The Conversation tab's view model over a real transcript fixture, with a source the test drives. */
class ConversationViewModelTest {
    private final List<String> followed = new ArrayList<>();
    private final List<String> closed = new ArrayList<>();
    private Consumer<Conversation> sink;

    private final ConversationSource source = (agent, s, problems) -> {
        followed.add(agent);
        sink = s;
        return () -> closed.add(agent);
    };

    private static List<String> fixture(String name) throws IOException {
        try (InputStream in = ConversationViewModelTest.class.getResourceAsStream("/claude-transcripts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void followsTheSelectedAgentOnlyWhileShownOneStreamAtATime() {
        ConversationViewModel vm = new ConversationViewModel();
        vm.setSource(source, new DirectUiExecutor(), m -> { });
        vm.select("a");
        assertThat(followed).as("the tab is not shown yet").isEmpty();
        vm.activeProperty().set(true);
        assertThat(followed).containsExactly("a");
        vm.select("b");
        assertThat(closed).containsExactly("a");
        assertThat(followed).containsExactly("a", "b");
        vm.activeProperty().set(false);
        assertThat(closed).containsExactly("a", "b");
        vm.activeProperty().set(true);
        vm.close();
        assertThat(closed).containsExactly("a", "b", "b");
    }

    @Test
    void showsPromptsAnswersToolCallsResultsErrorsAndTokensPerTurnGrowingLive() throws IOException {
        ConversationViewModel vm = new ConversationViewModel();
        vm.setSource(source, new DirectUiExecutor(), m -> { });
        vm.select("p1");
        vm.activeProperty().set(true);
        List<String> lines = fixture("bash-approved-then-denied.jsonl");
        int half = lines.size() / 2;
        sink.accept(TranscriptParser.parse("/h/s.jsonl", lines.subList(0, half)));
        ConversationItem firstRow = vm.items().get(0);
        sink.accept(TranscriptParser.parse("/h/s.jsonl", lines));
        assertThat(vm.items().get(0)).as("rows already shown stay").isSameAs(firstRow);
        assertThat(vm.items()).extracting(ConversationItem::kind).containsExactly(
                Kind.PROMPT, Kind.ANSWER, Kind.TOOL_CALL, Kind.TOOL_RESULT, Kind.ANSWER, Kind.TOKENS,
                Kind.PROMPT, Kind.ANSWER, Kind.TOOL_CALL, Kind.TOOL_RESULT, Kind.ERROR, Kind.TOKENS,
                Kind.PROMPT, Kind.ANSWER, Kind.TOKENS);
        assertThat(vm.items().get(2).title()).isEqualTo("Bash — Say approved");
        assertThat(vm.items().get(2).body()).isEqualTo("$ touch /tmp/sac-attn-e4f2e2/marker-e4f2e2 && echo "
                + "approved-e4f2e2");
        assertThat(vm.items().get(3).title()).isEqualTo("Result of Bash: approved-e4f2e2");
        assertThat(vm.items().get(9).error()).isTrue();
        assertThat(vm.items().get(10).title()).isEqualTo("Interrupted");
        assertThat(vm.items().get(5).body()).startsWith("in 20 · out 10 · cache read 0 · cache write 0 · ~$0.0001")
                .endsWith("running total: in 20 · out 10 · cache read 0 · cache write 0");
        assertThat(vm.items().get(14).body()).endsWith("running total: in 40 · out 20 · cache read 0 · cache write 0");
        assertThat(vm.totalProperty().get()).isEqualTo("Total: in 40 · out 20 · cache read 0 · cache write 0 · "
                + "estimated cost $0.0003");
        assertThat(vm.titleProperty().get()).isEqualTo("p1 — /h/s.jsonl");
    }

    @Test
    void aFollowThatCannotStartSaysWhyInTheTitle() {
        ConversationViewModel vm = new ConversationViewModel();
        vm.setSource((agent, s, p) -> {
            throw new IllegalStateException("reservation 'x' not found");
        }, new DirectUiExecutor(), m -> { });
        vm.select("a");
        vm.activeProperty().set(true);
        assertThat(vm.titleProperty().get()).isEqualTo("a — reservation 'x' not found");
    }
}
