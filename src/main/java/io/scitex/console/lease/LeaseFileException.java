package io.scitex.console.lease;

import io.scitex.console.agent.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** A lease file that scitex-hpc could not read either; the message lists its located problems. */
public final class LeaseFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public LeaseFileException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
