package io.scitex.console.ui.reservations;

import io.scitex.console.slurm.BookRequest;
import io.scitex.console.slurm.Partition;
import io.scitex.console.ui.common.DigitsOnly;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Asks what to book (scitex-hpc's {@code reservations book} fields) over a {@link BookForm}: the partitions and
 * their limits come from the host, the OK button stays disabled while the request is invalid or cannot run, and
 * the reason is shown under the fields in words.
 */
public final class BookDialog extends Dialog<BookRequest> {
    private final BookForm form;
    private final GridPane grid = new GridPane();
    private int row;

    public BookDialog(BookForm form) {
        this.form = form;
        setTitle("Book a reservation");
        setHeaderText("Book a node allocation that tenant agents can join without waiting in the queue");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(14));
        add("_Name", text("name", form.nameProperty()));
        add("_Host (ssh alias)", text("host", form.hostProperty()));
        ComboBox<String> partition = new ComboBox<>();
        partition.setId("book-partition");
        partition.setEditable(true);
        form.partitions().stream().map(Partition::name).forEach(partition.getItems()::add);
        partition.valueProperty().bindBidirectional(form.partitionProperty());
        add("_Partition", partition);
        Label limits = new Label(form.limits());
        limits.setId("book-limits");
        form.partitionProperty().addListener(o -> limits.setText(form.limits()));
        grid.add(limits, 1, row++);
        TextField cpus = text("cpus", form.cpusProperty());
        Label cpusHint = hint("book-cpus-hint");
        DigitsOnly.install(cpus, cpusHint, "CPUs");
        add("_CPUs", cpus);
        grid.add(cpusHint, 1, row++);
        add("_Memory", text("mem", form.memProperty()));
        add("_Time limit", text("time", form.timeProperty()));
        CheckBox persistent = new CheckBox("_Resubmit itself before the time limit ends (persistent)");
        persistent.setId("book-persistent");
        persistent.selectedProperty().bindBidirectional(form.persistentProperty());
        grid.add(persistent, 1, row++);
        Label problem = hint("book-problem");
        problem.textProperty().bind(form.problemProperty());
        grid.add(problem, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("book-ok");
        ok.disableProperty().bind(form.problemProperty().isNotEmpty());
        setResultConverter(b -> b == ButtonType.OK ? form.request().orElse(null) : null);
    }

    public BookForm form() {
        return form;
    }

    private void add(String label, Node field) {
        Label l = new Label(label);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        grid.addRow(row++, l, field);
    }

    private static Label hint(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("form-problem");
        l.setWrapText(true);
        l.setMaxWidth(520);
        l.managedProperty().bind(l.textProperty().isNotEmpty()); // no empty gap while there is nothing to say
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId("book-" + id);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
