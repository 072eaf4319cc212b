package io.scitex.console.cli;

import io.scitex.console.agent.AgentSpec;
import java.util.List;
import java.util.Locale;

/** Asks before acting on every agent at once, only when someone is at a terminal. */
final class Confirm {
    private Confirm() {}

    /** True to go ahead: no terminal, {@code skip}, or the person answered yes. */
    static boolean all(Terminal terminal, boolean skip, String verb, List<AgentSpec> agents) {
        if (skip || !terminal.interactive()) {
            return true;
        }
        String names = String.join(", ", agents.stream().map(AgentSpec::name).toList());
        String answer = terminal.readLine(verb + " " + agents.size() + " agent(s): " + names + "? [y/N] ")
                .orElse("").strip().toLowerCase(Locale.ROOT);
        return answer.equals("y") || answer.equals("yes");
    }
}
