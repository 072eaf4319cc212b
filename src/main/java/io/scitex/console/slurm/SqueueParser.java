package io.scitex.console.slurm;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the output of {@link Squeue}'s commands. Only lines shaped like the requested format count: login banners
 * ({@code DISPLAY: ...}) and other noise are skipped.
 */
public final class SqueueParser {
    static final String JOB_ID = "[0-9]+(?:_(?:[0-9]+|\\[[^\\]|]*\\]))?(?:\\+[0-9]+)?";
    private static final Pattern ID = Pattern.compile(JOB_ID);
    private static final Pattern STATE = Pattern.compile("[A-Z_]+");
    private static final Pattern ID_STATE_NODE =
            Pattern.compile("(" + JOB_ID + ")\\s+([A-Z_]+)(?:\\s+(\\S+))?\\s*");
    private static final Pattern STATE_NODE = Pattern.compile("([A-Z_]+)(?:\\s+(\\S+))?\\s*");
    private static final Pattern START = Pattern.compile("(" + JOB_ID + ")\\|([^|]*)\\|.*");
    private static final Pattern LEADING_NUMBER = Pattern.compile("[0-9]+");

    private SqueueParser() {}

    public static List<SqueueRow> userJobs(String stdout) {
        List<SqueueRow> rows = new ArrayList<>();
        for (String line : lines(stdout)) {
            String[] f = line.split("\\|", Squeue.POLL_FIELDS);
            if (f.length == Squeue.POLL_FIELDS && ID.matcher(f[0]).matches() && STATE.matcher(f[1]).matches()) {
                rows.add(new SqueueRow(f[0], f[8], JobState.parse(f[1]), f[2], f[3], f[4], PendingReason.parse(f[5]),
                        f[6], f[7]));
            }
        }
        return rows;
    }

    /** scitex-hpc's refresh rule: among the jobs with the name, the highest numeric job id wins. */
    public static Optional<JobRef> newestByName(String stdout) {
        List<JobRef> refs = new ArrayList<>();
        for (String line : lines(stdout)) {
            Matcher m = ID_STATE_NODE.matcher(line);
            if (m.matches()) {
                refs.add(new JobRef(m.group(1), JobState.parse(m.group(2)), m.group(3) == null ? "" : m.group(3)));
            }
        }
        return refs.stream().max(Comparator.comparing(JobRef::jobId, SqueueParser::compareIds));
    }

    /** The answer to {@link Squeue#job}; empty when the job is no longer known to SLURM. */
    public static Optional<JobRef> job(String jobId, String stdout) {
        for (String line : lines(stdout)) {
            Matcher m = STATE_NODE.matcher(line);
            if (m.matches() && JobState.parse(m.group(1)) != JobState.UNKNOWN) {
                return Optional.of(new JobRef(jobId, JobState.parse(m.group(1)), m.group(2) == null ? "" : m.group(2)));
            }
        }
        return Optional.empty();
    }

    /** The answer to {@link Squeue#expectedStart}; empty when SLURM has no estimate ({@code N/A}). */
    public static Optional<LocalDateTime> expectedStart(String stdout) {
        for (String line : lines(stdout)) {
            Matcher m = START.matcher(line);
            if (m.matches()) {
                return SqueueRow.dateTime(m.group(2));
            }
        }
        return Optional.empty();
    }

    /** Numeric order of job ids ({@code 9 < 10}; array and het suffixes compared after the job number). */
    public static int compareIds(String a, String b) {
        List<Long> x = numbers(a);
        List<Long> y = numbers(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = Long.compare(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    private static List<Long> numbers(String id) {
        List<Long> out = new ArrayList<>();
        Matcher m = LEADING_NUMBER.matcher(id);
        while (m.find() && m.group().length() < 19) { // longer runs would overflow a long; no job id has them
            out.add(Long.parseLong(m.group()));
        }
        return out;
    }

    static List<String> lines(String stdout) {
        return stdout == null ? List.of() : stdout.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
