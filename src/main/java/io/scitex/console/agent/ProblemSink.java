package io.scitex.console.agent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems of one file; SnakeYAML marks are 0-based, problems are 1-based. */
final class ProblemSink {
    private final Path file;
    private final List<Problem> problems = new ArrayList<>();

    ProblemSink(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    void error(Node at, String message) {
        add(Problem.Severity.ERROR, at.getStartMark(), message);
    }

    void warning(Node at, String message) {
        add(Problem.Severity.WARNING, at.getStartMark(), message);
    }

    void error(Mark mark, String message) {
        add(Problem.Severity.ERROR, mark, message);
    }

    void fileError(String message) {
        problems.add(Problem.fileError(file, message));
    }

    void errorAt(int line, int column, String message) {
        problems.add(Problem.error(file, line, column, message));
    }

    private void add(Problem.Severity severity, Mark mark, String message) {
        int line = mark == null ? 0 : mark.getLine() + 1;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        problems.add(new Problem(file, line, column, severity, message));
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The problems in reading order (line, then column); the sort is stable for equal positions. */
    List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(copy);
    }
}
