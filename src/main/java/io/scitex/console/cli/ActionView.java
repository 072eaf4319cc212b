package io.scitex.console.cli;

import io.scitex.console.service.ActionOutcome;
import io.scitex.console.service.ActionResult;
import java.io.PrintWriter;
import java.util.List;

/** Start/stop results in sac's words: one line per agent, failures on stderr; exit 1 when any failed. */
final class ActionView {
    private ActionView() {}

    static int print(List<ActionResult> results, PrintWriter out, PrintWriter err) {
        boolean failed = false;
        for (ActionResult r : results) {
            if (r.outcome() == ActionOutcome.FAILED) {
                failed = true;
                String msg = r.message() == null || r.message().isBlank() ? "failed" : r.message();
                err.println("Error: " + (names(msg, r.agent()) ? msg : r.agent() + ": " + msg));
            } else {
                out.println(line(r));
            }
        }
        return failed ? ExitStatus.FAILED : ExitStatus.OK;
    }

    /** Whether the service's message already names the agent (as a whole word). */
    private static boolean names(String msg, String agent) {
        return java.util.regex.Pattern.compile("(^|[^A-Za-z0-9_.-])" + java.util.regex.Pattern.quote(agent)
                + "([^A-Za-z0-9_.-]|$)").matcher(msg).find();
    }

    static String line(ActionResult r) {
        String note = r.message() == null || r.message().isBlank() ? "" : " (" + r.message() + ")";
        String agent = "Agent '" + r.agent() + "'";
        return switch (r.outcome()) {
            case STARTED -> agent + " started successfully" + note;
            case RESTARTED -> agent + " restarted" + note;
            case ALREADY_RUNNING -> agent + " is already running" + note + "; use --force to restart it";
            case STOPPED -> agent + " stopped" + note;
            case NOT_RUNNING -> agent + " was not running" + note;
            case FAILED -> agent + " failed" + note;
        };
    }
}
