package io.scitex.console.cli;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.service.PaneInput;
import io.scitex.console.service.ServiceException;
import io.scitex.console.status.AgentState;
import io.scitex.console.status.AgentStatus;
import io.scitex.console.status.ClusterSnapshot;
import io.scitex.console.status.Needs;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code approve} and {@code deny}: answer the tool call an agent waits on, without a terminal. */
final class AnswerCommands {
    private static final String EXPECT = "act only if the tool call waiting contains TEXT (as `sac inbox` shows it; "
            + "white space collapsed), else exit 1 and type nothing";

    private AnswerCommands() {}

    /**
     * Checks that the agent waits for a permission now (the keys would otherwise land in its prompt) and, with
     * {@code expect}, for a tool call that contains that text (white space collapsed in both): what the user read in
     * {@code sac inbox} a moment ago may have been answered and followed by another call since (decision 0803).
     */
    static AgentStatus waitingForPermission(CliBackend backend, AgentSpec spec, String expect) {
        if (expect != null && expect.isBlank()) {
            throw new CliException(ExitStatus.USAGE, "Error: --expect needs the text of the tool call (as `sac inbox` "
                    + "shows it)");
        }
        ClusterSnapshot snap = backend.refreshStatus(List.of(spec));
        AgentStatus s = snap.agents().get(spec.name());
        AgentState state = s == null ? AgentState.UNKNOWN : s.state();
        if (state != AgentState.NEEDS_PERMISSION) {
            throw new CliException(ExitStatus.FAILED, "Error: agent '" + spec.name() + "' is not waiting for a "
                    + "permission (state: " + (state.label().isEmpty() ? "not running" : state.label()) + ")");
        }
        if (expect != null) {
            String waits = s.needs().map(n -> n.detail()).orElse("");
            if (!Needs.sameText(waits).contains(Needs.sameText(expect))) {
                throw new CliException(ExitStatus.FAILED, "Error: agent '" + spec.name() + "' waits on \"" + waits
                        + "\", which does not contain \"" + expect + "\"; nothing was typed");
            }
        }
        return s;
    }

    static int type(CliBackend backend, AgentSpec spec, PaneInput input) {
        try {
            backend.agents().input(spec, input);
            return ExitStatus.OK;
        } catch (ServiceException e) {
            throw new CliException(ExitStatus.FAILED, "Error: " + e.getMessage());
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = {"Approve the tool call an agent waits on (answers \"Yes\" once).",
                    "Exits 1 when the agent is not waiting for a permission, or (--expect) for another call."},
            footerHeading = "%nExamples:%n",
            footer = {"  sac approve dev-helper", "  sac approve dev-helper --expect 'npm test'"})
    static final class Approve extends Verb {
        @Parameters(paramLabel = "NAME|PATH", description = "agent name, agent YAML file or agent folder")
        String agent;

        @Option(names = "--expect", paramLabel = "TEXT", description = EXPECT)
        String expect;

        @Override
        int run(CliBackend backend) {
            AgentSpec spec = AgentArgs.resolve(agent, backend.inventory());
            AgentStatus s = waitingForPermission(backend, spec, expect);
            int rc = type(backend, spec, PaneInput.approve());
            out().println("approved: " + spec.name() + " (" + s.needs().map(n -> n.detail()).orElse("") + ")");
            return rc;
        }
    }

    @Command(name = "deny", mixinStandardHelpOptions = true,
            description = {"Deny the tool call an agent waits on; with -m, tell Claude what to do instead.",
                    "Exits 1 when the agent is not waiting for a permission, or (--expect) for another call."},
            footerHeading = "%nExamples:%n",
            footer = {"  sac deny dev-helper", "  sac deny dev-helper -m \"no, run the tests first\""})
    static final class Deny extends Verb {
        @Parameters(paramLabel = "NAME|PATH", description = "agent name, agent YAML file or agent folder")
        String agent;

        @Option(names = {"-m", "--message"}, paramLabel = "TEXT", description = "what Claude should do instead")
        String message;

        @Option(names = "--expect", paramLabel = "TEXT", description = EXPECT)
        String expect;

        @Override
        int run(CliBackend backend) {
            AgentSpec spec = AgentArgs.resolve(agent, backend.inventory());
            waitingForPermission(backend, spec, expect);
            int rc = type(backend, spec, PaneInput.deny(Optional.ofNullable(message)));
            out().println("denied: " + spec.name());
            return rc;
        }
    }
}
