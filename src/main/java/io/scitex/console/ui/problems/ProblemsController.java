package io.scitex.console.ui.problems;

import static io.scitex.console.ui.common.Columns.bind;
import static io.scitex.console.ui.common.Columns.fixed;

import io.scitex.console.agent.Problem;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Thin controller of problems.fxml. */
public final class ProblemsController {
    private final ProblemsViewModel model;

    @FXML private TableView<Problem> problemsTable;
    @FXML private TableColumn<Problem, String> severityColumn;
    @FXML private TableColumn<Problem, String> whereColumn;
    @FXML private TableColumn<Problem, String> messageColumn;

    public ProblemsController(ProblemsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        bind(severityColumn, p -> fixed(p.isError() ? "error" : "warning"));
        bind(whereColumn, p -> fixed(ProblemsViewModel.where(p)));
        bind(messageColumn, p -> fixed(p.message()));
        problemsTable.setItems(model.problems());
    }
}
