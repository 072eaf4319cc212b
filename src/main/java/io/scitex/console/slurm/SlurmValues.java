package io.scitex.console.slurm;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks for values that end up in {@code #SBATCH} lines, tmux session names and scripts. Each failure is an
 * {@link IllegalArgumentException} naming the field, in upstream's "must be ..., got '<x>'" style.
 */
public final class SlurmValues {
    private static final Pattern AGENT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    private static final Pattern JOB_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:,=+\\[\\]-]*");
    private static final Pattern MEM = Pattern.compile("[0-9]+[KMGTkmgt]?");
    private static final Pattern ENV_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DAYS = Pattern.compile("([0-9]+)-([0-9]+)(?::([0-9]+))?(?::([0-9]+))?");
    private static final Pattern CLOCK = Pattern.compile("([0-9]+)(?::([0-9]+))?(?::([0-9]+))?");
    private static final Pattern SIGNAL = Pattern.compile("(?:([RB]{1,2}):)?((?:SIG)?[A-Z0-9]+)(?:@([0-9]+))?");

    private SlurmValues() {}

    /** Agent names become tmux session names {@code sac-<name>}: tmux cannot hold spaces, '.' or ':' there. */
    public static String agentName(String field, String value) {
        return require(field, value, AGENT_NAME, "a name of letters, digits, '-' and '_' (it becomes the tmux session"
                + " sac-<name>, which cannot hold spaces, '.' or ':')");
    }

    /** A job id as the console passes it on: {@code 123}, array task {@code 123_4}, het part {@code 123+1}. */
    public static String jobId(String id) {
        if (id == null || !id.matches("[0-9]+(?:[_+][0-9]+)?")) {
            throw new IllegalArgumentException("job id must look like 123, 123_4 or 123+1, got '" + id + "'");
        }
        return id;
    }

    /** SLURM job and reservation names. */
    public static String jobName(String field, String value) {
        return require(field, value, JOB_NAME, "a name of letters, digits, '.', '-' and '_'");
    }

    /** Partition, account, qos, nodelist, gres and similar single-word SLURM values. */
    public static String token(String field, String value) {
        return require(field, value, TOKEN, "one SLURM word (letters, digits and _.:,=+[]-)");
    }

    /** Like {@link #token}, but empty means "not set". */
    public static String optionalToken(String field, String value) {
        return value.isEmpty() ? value : token(field, value);
    }

    public static String mem(String field, String value) {
        return require(field, value, MEM, "a SLURM memory size such as 4G or 500M");
    }

    public static String envKey(String field, String value) {
        return require(field, value, ENV_KEY, "a shell variable name");
    }

    public static int positive(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be at least 1, got '" + value + "'");
        }
        return value;
    }

    /** A whole {@code #SBATCH ...} line, passed through verbatim. */
    public static String directiveLine(String field, String value) {
        if (!value.matches("#SBATCH[ \t]+\\S.*") || hasControl(value)) {
            throw new IllegalArgumentException(field + " must be one whole '#SBATCH ...' line, got '" + value + "'");
        }
        return value;
    }

    /** Any text that must stay on one line (a #SBATCH value, a path, a model). */
    public static String oneLine(String field, String value) {
        if (value.isEmpty() || hasControl(value)) {
            throw new IllegalArgumentException(field + " must be non-empty text on one line, got '" + value + "'");
        }
        return value;
    }

    /** A SLURM time limit in seconds; empty for INFINITE/UNLIMITED. */
    public static OptionalLong timeSeconds(String field, String value) {
        if (value.equalsIgnoreCase("INFINITE") || value.equalsIgnoreCase("UNLIMITED")) {
            return OptionalLong.empty();
        }
        Matcher d = DAYS.matcher(value);
        if (d.matches()) {
            return OptionalLong.of(num(d, 1) * 86400 + num(d, 2) * 3600 + num(d, 3) * 60 + num(d, 4));
        }
        Matcher c = CLOCK.matcher(value);
        if (c.matches()) {
            if (c.group(3) != null) {
                return OptionalLong.of(num(c, 1) * 3600 + num(c, 2) * 60 + num(c, 3));
            }
            return OptionalLong.of(num(c, 1) * 60 + num(c, 2));
        }
        throw new IllegalArgumentException(field + " must be a SLURM time such as 00:20:00, 90 (minutes) or"
                + " 7-00:00:00, got '" + value + "'");
    }

    /** {@code [{R|B}:]<signal>[@<seconds>]} as sbatch's --signal takes it. */
    public static Signal signal(String field, String value) {
        Matcher m = SIGNAL.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(field + " must look like B:USR1@3600, got '" + value + "'");
        }
        String flags = m.group(1) == null ? "" : m.group(1);
        String name = m.group(2).startsWith("SIG") ? m.group(2).substring(3) : m.group(2);
        long secs = m.group(3) == null ? 60 : Long.parseLong(m.group(3));
        return new Signal(flags.contains("B"), name, secs);
    }

    /** A parsed --signal: whether the batch shell gets it, the signal name for {@code trap}, and when. */
    public record Signal(boolean toBatchShell, String name, long secondsBeforeEnd) {}

    private static long num(Matcher m, int group) {
        return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
    }

    private static String require(String field, String value, Pattern p, String what) {
        if (value == null || !p.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be " + what + ", got '" + value + "'");
        }
        return value;
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(ch -> ch < 0x20 && ch != '\t' || ch == 0x7f);
    }
}
