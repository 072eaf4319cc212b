package io.scitex.console.slurm;

import io.scitex.console.remote.ShellQuote;

/**
 * {@code #SBATCH --option=value} lines. sbatch splits these lines at blanks and honours POSIX quotes (checked on
 * SLURM 22.05: {@code --job-name='a b#c'\''d'} gives the name {@code a b#c'd}), so values are quoted with
 * {@link ShellQuote} after a one-line check.
 */
final class SbatchDirectives {
    private final StringBuilder text = new StringBuilder();

    SbatchDirectives add(String option, String value) {
        SlurmValues.oneLine("#SBATCH --" + option, value);
        text.append("#SBATCH --").append(option).append('=').append(ShellQuote.quote(value)).append('\n');
        return this;
    }

    SbatchDirectives addIfSet(String option, String value) {
        return value.isEmpty() ? this : add(option, value);
    }

    /** A whole line, already checked by {@link SlurmValues#directiveLine}. */
    SbatchDirectives line(String line) {
        text.append(line).append('\n');
        return this;
    }

    String text() {
        return text.toString();
    }
}
