package io.scitex.console.testing;

import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemoteExecutor;
import io.scitex.console.remote.ShellQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code claude} for output-log tests, installed by the test into its own folder in the cluster home: it prints
 * {@code ready}, a coloured line, then on each request a burst of numbered lines ({@code line N}), at once or paced.
 */
public final class BurstClaude {
    private static final Pattern NUMBERED = Pattern.compile("line (\\d+)");
    private static final String SCRIPT = """
            #!/bin/bash
            d=$(dirname "$(dirname "$0")")
            printf 'ready\\n'
            printf '\\033[31mred\\033[0m \\033]0;title\\007plain\\n'
            while :; do
              if [[ -f $d/go ]]; then
                read -r a b pace <"$d/go"
                rm -f "$d/go"
                if [[ -z $pace ]]; then
                  seq -f 'line %.0f' "$a" "$b"
                else
                  for ((i = a; i <= b; i += 100)); do
                    seq -f 'line %.0f' "$i" $((i + 99 < b ? i + 99 : b))
                    sleep "$pace"
                  done
                fi
              fi
              sleep 0.05
            done
            """;

    private final RemoteExecutor ssh;
    private final String host;
    /** The folder on the cluster (absolute). */
    public final String dir;

    private BurstClaude(RemoteExecutor ssh, String host, String dir) {
        this.ssh = ssh;
        this.host = host;
        this.dir = dir;
    }

    public static BurstClaude install(RemoteExecutor ssh, String host, String name) throws RemoteException {
        String rel = "sac-burst-" + name;
        ExecResult r = ssh.run(host, RemoteCommand.script("d=\"$HOME\"/" + ShellQuote.quote(rel)
                + " && mkdir -p \"$d/bin\" && cat > \"$d/bin/claude\" && chmod 755 \"$d/bin/claude\""
                + " && printf %s \"$d\"").withStdin(SCRIPT));
        if (!r.ok()) {
            throw new IllegalStateException("cannot install the burst claude: " + r.stderr());
        }
        return new BurstClaude(ssh, host, r.stdout());
    }

    /** The cluster user's home (absolute). */
    public String home() {
        return dir.substring(0, dir.lastIndexOf('/'));
    }

    /** The PATH an agent needs to run this claude. */
    public String path() {
        return dir + "/bin:/usr/local/bin:/usr/bin:/bin";
    }

    /** Asks the agent for lines {@code from}..{@code to} at once, when the previous request was taken. */
    public void burst(long from, long to) throws Exception {
        burst(from, to, "");
    }

    /** {@link #burst(long, long)} 100 lines at a time with a pause of {@code pace} seconds between. */
    public void burst(long from, long to, String pace) throws Exception {
        String go = ShellQuote.quote(dir + "/go");
        ExecResult r = ssh.run(host, RemoteCommand.script("for i in $(seq 100); do [[ -e " + go + " ]] || break;"
                + " sleep 0.1; done; printf '%s %s %s\\n' " + from + " " + to + " " + ShellQuote.quote(pace) + " > " + go + ".tmp && mv " + go + ".tmp "
                + go));
        if (!r.ok()) {
            throw new IllegalStateException("cannot ask for a burst: " + r.stderr());
        }
    }

    public void remove() throws RemoteException {
        ssh.run(host, RemoteCommand.of("rm", "-rf", "--", dir));
    }

    /** The numbers of the numbered lines among {@code lines}, in order. */
    public static List<Long> numbers(List<String> lines) {
        List<Long> out = new ArrayList<>();
        for (String l : lines) {
            Matcher m = NUMBERED.matcher(l);
            if (m.matches()) {
                out.add(Long.parseLong(m.group(1)));
            }
        }
        return out;
    }

    /** from..to. */
    public static List<Long> range(long from, long to) {
        List<Long> out = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            out.add(i);
        }
        return out;
    }

    /** How many processes on the host have {@code text} in their command line (the probe itself excluded). */
    public int processesWith(String text) throws RemoteException {
        String regex = "[" + text.charAt(0) + "]" + text.substring(1);
        String out = ssh.run(host, RemoteCommand.script("pgrep -fc -- " + ShellQuote.quote(regex) + " || true"))
                .stdout().strip();
        return Integer.parseInt(out);
    }
}
