package io.scitex.console.cli;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.status.conversation.Conversation;
import io.scitex.console.status.conversation.TranscriptFollower;
import io.scitex.console.status.conversation.TranscriptReader;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code --conversation [--json] [--follow]} branch of {@code show-logs}: reads the agent's transcript once and
 * prints it, or follows it (the newest transcript of its workdir, as the window's Conversation tab does).
 */
final class ConversationVerb {
    private ConversationVerb() {}

    static int run(ShowLogsCommand cmd, CliBackend backend) throws Exception {
        if (!cmd.conversation) {
            throw new CliException(ExitStatus.USAGE, "Error: --json needs --conversation");
        }
        if (cmd.follow && cmd.json) {
            throw new CliException(ExitStatus.USAGE, "Error: --json prints one document and cannot follow; use"
                    + " --conversation --follow for text, or --conversation --json again later");
        }
        AgentSpec spec = AgentArgs.resolve(cmd.agent, backend.inventory());
        String host = backend.agents().homeHost(spec);
        if (cmd.follow) {
            return follow(cmd, backend, spec, host);
        }
        Conversation c = TranscriptReader.read(backend::openPty, host, spec);
        if (cmd.json) {
            cmd.out().println(Json.dumps(ConversationOutput.json(spec.name(), host, c)));
        } else {
            ConversationOutput.text(spec.name(), c, cmd.out());
        }
        return ExitStatus.OK;
    }

    /** Prints the conversation, then each new entry as Claude Code writes it, until interrupted (Ctrl-C). */
    private static int follow(ShowLogsCommand cmd, CliBackend backend, AgentSpec spec, String host) {
        ConversationFollow printer = new ConversationFollow(spec.name(), cmd.out());
        PrintWriter err = cmd.err();
        try (TranscriptFollower f = new TranscriptFollower(backend::openPty, host, spec, printer::accept, m -> {
            synchronized (err) {
                err.println("[sac] " + m + " (retrying)");
                err.flush();
            }
        }).start()) {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // Ctrl-C: the follower is closed, nothing is left on the host
        }
        return ExitStatus.OK;
    }
}
