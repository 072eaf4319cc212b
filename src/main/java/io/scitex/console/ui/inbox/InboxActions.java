package io.scitex.console.ui.inbox;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.app.ConsoleContext;
import io.scitex.console.service.PaneInput;
import io.scitex.console.status.AgentState;
import io.scitex.console.status.AgentStatus;
import io.scitex.console.status.Needs;
import io.scitex.console.ui.common.Dialogs;
import io.scitex.console.ui.common.UiExecutor;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Approve, deny and answer from the inbox, and send a prompt to the selected agents: the texts are asked on the FX
 * thread, the typing ({@code AgentService.input}, through tmux buffers) runs on the UI executor's threads. Approve,
 * deny and answer first check, with a fresh refresh, that the agent still waits for that (the keys would otherwise
 * land in its prompt), as {@code sac approve} does.
 */
public final class InboxActions {
    private final ConsoleContext context;
    private final Consumer<String> message;
    private final UiExecutor executor;
    private final Dialogs dialogs;

    public InboxActions(ConsoleContext context, Consumer<String> message, UiExecutor executor, Dialogs dialogs) {
        this.context = context;
        this.message = message;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Approves the tool call {@code detail} describes (the inbox's row), if the agent still waits on that one. */
    public void approve(AgentSpec agent, String detail) {
        type(agent, AgentState.NEEDS_PERMISSION, detail, PaneInput.approve(), "Approving", "Approved");
    }

    /** Asks what Claude should do instead (may be left empty), then denies. */
    public void deny(AgentSpec agent, String detail) {
        dialogs.askText("Deny " + agent.name() + "'s tool call", detail + "\n\nWhat should Claude do instead? "
                + "(optional)", false).ifPresent(why -> type(agent, AgentState.NEEDS_PERMISSION,
                        detail, PaneInput.deny(Optional.of(why)), "Denying", "Denied"));
    }

    /** Asks for the answer: an option's number picks it, other text is typed as the reply. */
    public void answer(AgentSpec agent, String question) {
        dialogs.askText("Answer " + agent.name(), question + "\n\nAn option's number, or your reply:", false)
                .filter(a -> !a.isBlank())
                .ifPresent(a -> type(agent, AgentState.QUESTION, question, PaneInput.answer(a), "Answering",
                        "Answered"));
    }

    /** Asks for a prompt (several lines), showing who gets it, then sends it to each agent. */
    public void send(List<AgentSpec> agents) {
        if (agents.isEmpty()) {
            message.accept("Select the agents to send a prompt to");
            return;
        }
        String who = agents.stream().map(AgentSpec::name).collect(Collectors.joining(", "));
        Optional<String> text = dialogs.askText("Send a prompt to " + agents.size() + " agent"
                + (agents.size() == 1 ? "" : "s"), "To: " + who, true).filter(t -> !t.isBlank());
        if (text.isEmpty()) {
            return;
        }
        PaneInput input = PaneInput.prompt(text.get());
        message.accept("Sending the prompt to " + (agents.size() <= 3 ? who : agents.size() + " agents") + "…");
        executor.submit(() -> sendAll(agents, input), failed -> {
            message.accept(failed.isEmpty() ? "Prompt sent to " + agents.size() + " agent"
                    + (agents.size() == 1 ? "" : "s") : failed.size() + " of " + agents.size() + " not sent");
            if (!failed.isEmpty()) {
                dialogs.error("The prompt was not sent to every agent", String.join("\n\n", failed));
            }
            context.statusPoller().refreshNow();
        }, this::failed);
    }

    private List<String> sendAll(List<AgentSpec> agents, PaneInput input) {
        return agents.stream().map(a -> {
            try {
                context.agents().input(a, input);
                return "";
            } catch (Exception e) {
                return a.name() + ": " + e.getMessage();
            }
        }).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Types {@code input} if a fresh refresh finds {@code agent} still waiting for {@code expected} about the same
     * {@code detail} the user read: a different tool call or question that came meanwhile is never approved, denied
     * or answered unseen.
     */
    private void type(AgentSpec agent, AgentState expected, String detail, PaneInput input, String doing,
            String done) {
        message.accept(doing + " " + agent.name() + "…");
        executor.submit(() -> {
            AgentStatus now = context.statusPoller().refreshOnce().agents().get(agent.name());
            AgentState state = now == null ? AgentState.UNKNOWN : now.state();
            if (state != expected) {
                throw new IllegalStateException(agent.name() + " no longer waits for " + (expected
                        == AgentState.QUESTION ? "an answer" : "a permission") + " (state: "
                        + (state.label().isEmpty() ? "not running" : state.label()) + "); nothing was typed");
            }
            String waits = now.needs().map(io.scitex.console.status.Needs::detail).orElse("");
            if (!Needs.sameText(waits).equals(Needs.sameText(detail))) {
                throw new IllegalStateException(agent.name() + " now waits for " + (expected == AgentState.QUESTION
                        ? "another question" : "another tool call") + ": " + waits.replace('\n', ' ')
                        + "; nothing was typed (read it in the inbox first)");
            }
            context.agents().input(agent, input);
            return agent;
        }, a -> {
            message.accept(done + ": " + a.name());
            context.statusPoller().refreshNow();
        }, this::failed);
    }

    private void failed(Throwable e) {
        message.accept(e.getMessage());
        dialogs.error("The agent was not answered", e.getMessage());
    }
}
