package io.scitex.console.agent;

import java.nio.file.Path;
import java.util.List;

/**
 * An agent whose YAML was found but has errors: it stays listed (state {@code invalid}) with its problems, so a
 * typo never makes an agent vanish.
 *
 * @param name the folder name, which is the agent's name
 * @param problems the file's errors first, then its warnings; never empty
 */
public record InvalidAgent(String name, Path file, List<Problem> problems) {
    public InvalidAgent {
        problems = List.copyOf(problems);
    }

    /** The first error, as {@code validate} prints it. */
    public Problem firstProblem() {
        return problems.stream().filter(Problem::isError).findFirst().orElse(problems.get(0));
    }
}
