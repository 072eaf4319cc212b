package io.scitex.console.slurm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The console's own Claude Code hook settings, given to claude with {@code --settings <json>} so the user's settings
 * files stay untouched (docs/decisions/0800). Each hook runs {@link #SCRIPT}, which records on the agent's tmux pane the
 * event and when it fired
 * ({@code @sac_state = "<event> <epoch>"}) and the event's JSON input cut at 2000 bytes ({@code @sac_detail},
 * base64), and appends {@code "<epoch-ns> <agent> <event>"} to {@code ~/.sac/state-events/<job>.log}, the file the
 * console follows. A hook never prints (stdout of some events becomes context) and never fails the agent.
 */
public final class ClaudeHooks {
    /** Event to matcher ("" for all). */
    private static final Map<String, String> EVENTS = new LinkedHashMap<>();

    static {
        EVENTS.put("SessionStart", "startup|resume|clear");
        EVENTS.put("UserPromptSubmit", "");
        EVENTS.put("PreToolUse", "");
        EVENTS.put("PostToolUse", "");
        EVENTS.put("PermissionRequest", "");
        EVENTS.put("Notification", "idle_prompt|elicitation_dialog");
        EVENTS.put("Stop", "");
        EVENTS.put("StopFailure", "");
        EVENTS.put("SessionEnd", "");
    }

    /** The folder, under the login's home, of the event files the hooks append to. */
    public static final String EVENTS_DIR = ".sac/state-events";

    /** The variable, exported before claude starts, that holds the one hook script every event runs. */
    public static final String SCRIPT_VAR = "SAC_STATE_HOOK";

    /**
     * The hook script: the event's name from its JSON input (near the start, before any tool input), then the marks
     * and the event line. Defined once per agent in {@link #SCRIPT_VAR}, so 30 tenants started in one command do not
     * carry 9 copies each.
     */
    public static final String SCRIPT = "{ i=$(head -c 2000);"
            + "e=$(printf %s \"$i\"|sed -n 's/.*\"hook_event_name\":\"\\([A-Za-z]*\\)\".*/\\1/p');"
            + "j=$(printf %s \"$i\"|base64|tr -d '\\n');t=$(date +%s);"
            + "[ -n \"$TMUX_PANE\" ]&&tmux set -p -t \"$TMUX_PANE\" @sac_detail \"$j\" \\; "
            + "set -p -t \"$TMUX_PANE\" @sac_state \"$e $t\";d=$HOME/" + EVENTS_DIR + ";mkdir -p $d&&"
            + "echo \"$(date +%s%N) ${SAC_AGENT_ID:-none} $e\">>$d/${SLURM_JOB_ID:-none}.log;} >/dev/null 2>&1;exit 0";

    private static final String COMMAND = "eval \"$" + SCRIPT_VAR + "\"";

    private ClaudeHooks() {}

    /** The settings JSON (one line) for {@code claude --settings}. */
    public static String settingsJson() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ObjectNode hooks = root.putObject("hooks");
        EVENTS.forEach((event, matcher) -> {
            ArrayNode list = hooks.putArray(event);
            ObjectNode entry = list.addObject();
            if (!matcher.isEmpty()) {
                entry.put("matcher", matcher);
            }
            entry.putArray("hooks").addObject().put("type", "command").put("command", command(event));
        });
        return root.toString();
    }

    static String command(String event) {
        return COMMAND;
    }
}
