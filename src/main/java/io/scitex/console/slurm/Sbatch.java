package io.scitex.console.slurm;

import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.ShellQuote;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writing a script on the host and submitting it by path (so {@code sbatch "$0"} can resubmit it), and reading
 * sbatch's answer in both of its forms.
 */
public final class Sbatch {
    private static final Pattern SUBMITTED = Pattern.compile("Submitted batch job ([0-9]+)");
    private static final Pattern PARSABLE = Pattern.compile("([0-9]+)(?:;(\\S+))?");

    private Sbatch() {}

    /**
     * One round trip: create the script's folder and {@code folders}, write the script from stdin through a
     * temporary file, and run {@code sbatch <path>}. Paths may start with {@code ~/}.
     */
    public static RemoteCommand writeAndSubmit(String scriptPath, String scriptText, List<String> folders) {
        String path = ShellPaths.word("script path", scriptPath);
        int slash = scriptPath.lastIndexOf('/');
        StringBuilder mk = new StringBuilder("mkdir -p --");
        if (slash > 0) {
            mk.append(' ').append(ShellPaths.word("script folder", scriptPath.substring(0, slash)));
        }
        for (String f : folders) {
            mk.append(' ').append(ShellPaths.word("folder", f));
        }
        String tmp = ShellPaths.word("script path", scriptPath + ".tmp");
        String script = mk + " && cat > " + tmp + " && chmod 700 " + tmp + " && mv -f -- " + tmp + " " + path
                + " && sbatch " + path;
        return RemoteCommand.script(script).withStdin(scriptText);
    }

    /** {@code scancel <job>}. */
    public static RemoteCommand cancel(String jobId) {
        return RemoteCommand.of("scancel", SlurmValues.jobId(jobId));
    }

    /** Every job of the user with this name: the way to stop an agent whose job resubmitted itself. */
    public static RemoteCommand cancelByName(String jobName) {
        SlurmValues.oneLine("job name", jobName);
        return RemoteCommand.script("scancel --user=\"${USER:-$(id -un)}\" " + ShellQuote.quote("--name=" + jobName));
    }

    /** The job id from {@code Submitted batch job 123} (the line may go on with {@code on cluster X}). */
    public static Optional<String> submittedJobId(String stdout) {
        Matcher m = SUBMITTED.matcher(stdout == null ? "" : stdout);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The job id from {@code sbatch --parsable}: {@code 123} or {@code 123;cluster}; the last such line wins. */
    public static Optional<String> parsableJobId(String stdout) {
        Optional<String> id = Optional.empty();
        for (String line : SqueueParser.lines(stdout)) {
            Matcher m = PARSABLE.matcher(line);
            if (m.matches()) {
                id = Optional.of(m.group(1));
            }
        }
        return id;
    }
}
