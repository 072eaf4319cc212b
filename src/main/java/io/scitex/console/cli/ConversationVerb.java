package io.scitex.console.cli;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.status.conversation.Conversation;
import io.scitex.console.status.conversation.TranscriptReader;

/** The {@code --conversation [--json]} branch of {@code show-logs}: reads the agent's transcript once and prints it. */
final class ConversationVerb {
    private ConversationVerb() {}

    static int run(ShowLogsCommand cmd, CliBackend backend) throws Exception {
        if (!cmd.conversation) {
            throw new CliException(ExitStatus.USAGE, "Error: --json needs --conversation");
        }
        if (cmd.follow) {
            throw new CliException(ExitStatus.USAGE, "Error: --follow is not supported with --conversation (the "
                    + "window's Conversation tab follows it live)");
        }
        AgentSpec spec = AgentArgs.resolve(cmd.agent, backend.inventory());
        String host = backend.agents().homeHost(spec);
        Conversation c = TranscriptReader.read(backend::openPty, host, spec);
        if (cmd.json) {
            cmd.out().println(Json.dumps(ConversationOutput.json(spec.name(), host, c)));
        } else {
            ConversationOutput.text(spec.name(), c, cmd.out());
        }
        return ExitStatus.OK;
    }
}
