package io.scitex.console.ui.reservations;

import io.scitex.console.slurm.BookRequest;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Asks what to book (scitex-hpc's {@code reservations book} fields). The OK button stays disabled while the
 * request is invalid, and the reason is shown under the fields.
 */
public final class BookDialog extends Dialog<BookRequest> {
    private final TextField name = field("name", "dev-pool");
    private final TextField host = field("host", "");
    private final TextField partition = field("partition", "");
    private final Spinner<Integer> cpus = new Spinner<>(1, 256, BookRequest.DEFAULT_CPUS);
    private final TextField mem = field("mem", BookRequest.DEFAULT_MEM);
    private final TextField time = field("time", "1-00:00:00");
    private final CheckBox persistent = new CheckBox("Resubmit itself before the walltime ends (persistent)");
    private final Label problem = new Label();

    public BookDialog(String defaultHost) {
        setTitle("Book a reservation");
        setHeaderText("Book a node allocation that tenant agents can join without waiting in the queue");
        host.setText(defaultHost);
        cpus.setId("book-cpus");
        cpus.setEditable(true);
        persistent.setId("book-persistent");
        persistent.setSelected(true);
        problem.setId("book-problem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(14));
        int row = 0;
        grid.addRow(row++, new Label("Name"), name);
        grid.addRow(row++, new Label("Host (ssh alias)"), host);
        grid.addRow(row++, new Label("Partition"), partition);
        grid.addRow(row++, new Label("CPUs"), cpus);
        grid.addRow(row++, new Label("Memory"), mem);
        grid.addRow(row++, new Label("Time limit"), time);
        grid.add(persistent, 1, row++);
        grid.add(problem, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).setId("book-ok");

        for (var p : new javafx.beans.Observable[] {name.textProperty(), host.textProperty(),
                partition.textProperty(), mem.textProperty(), time.textProperty(), cpus.valueProperty(),
                persistent.selectedProperty()}) {
            p.addListener(o -> validate());
        }
        validate();
        setResultConverter(b -> b == ButtonType.OK ? request() : null);
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value);
        f.setId("book-" + id);
        return f;
    }

    private void validate() {
        try {
            request();
            problem.setText("");
            getDialogPane().lookupButton(ButtonType.OK).setDisable(false);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            getDialogPane().lookupButton(ButtonType.OK).setDisable(true);
        }
    }

    /** The request the fields describe; throws with the field's problem when they are not valid. */
    BookRequest request() {
        return BookRequest.of(name.getText().strip(), host.getText().strip())
                .withPartition(partition.getText().strip())
                .withResources(cpus.getValue(), mem.getText().strip(), time.getText().strip())
                .withTmuxServer("sac")
                .withPersistent(persistent.isSelected(), BookRequest.DEFAULT_SIGNAL_SECONDS);
    }
}
