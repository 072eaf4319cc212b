package io.scitex.console.ui.problems;

import io.scitex.console.agent.Problem;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Problems tab without controls: every problem in the agent YAMLs, reservations and settings. */
public final class ProblemsViewModel {
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final StringBinding title = Bindings.createStringBinding(
            () -> problems.isEmpty() ? "Problems" : "Problems (" + problems.size() + ")", problems);
    private final StringBinding summary = Bindings.createStringBinding(this::summarize, problems);

    public ObservableList<Problem> problems() {
        return problems;
    }

    public void apply(List<Problem> found) {
        problems.setAll(found);
    }

    /** The tab's title: "Problems (3)". */
    public StringBinding titleProperty() {
        return title;
    }

    /** The status bar's summary: "1 error, 2 warnings in agent and reservation files", or empty. */
    public StringBinding summaryProperty() {
        return summary;
    }

    private String summarize() {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (problems.isEmpty()) {
            return "";
        }
        return errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                + (warnings == 1 ? "" : "s") + " in agent and reservation files";
    }

    /** Where a problem is: {@code file:line:col}, or the file alone. */
    public static String where(Problem p) {
        return p.file() + (p.line() > 0 ? ":" + p.line() + ":" + p.column() : "");
    }
}
