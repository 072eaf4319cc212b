package io.scitex.console.ui.agents;

import static io.scitex.console.ui.common.Columns.bind;

import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;

/** Thin controller of agents.fxml: the table over {@link AgentsViewModel}, its selection mirrored into it. */
public final class AgentsController {
    /** How every column sorts: its text, ignoring case first; null and empty first. */
    static final java.util.Comparator<String> TEXT_ORDER = java.util.Comparator.nullsFirst(
            String.CASE_INSENSITIVE_ORDER.thenComparing(java.util.Comparator.naturalOrder()));
    private final AgentsViewModel model;

    @FXML private TableView<AgentRow> agentsTable;
    @FXML private TableColumn<AgentRow, String> nameColumn;
    @FXML private TableColumn<AgentRow, String> stateColumn;
    @FXML private TableColumn<AgentRow, String> activityColumn;
    @FXML private TableColumn<AgentRow, String> runtimeColumn;
    @FXML private TableColumn<AgentRow, String> whereColumn;
    @FXML private TableColumn<AgentRow, String> jobColumn;
    @FXML private TableColumn<AgentRow, String> nodeColumn;
    @FXML private TableColumn<AgentRow, String> elapsedColumn;
    @FXML private TableColumn<AgentRow, String> leftColumn;
    @FXML private TableColumn<AgentRow, String> modelColumn;
    @FXML private TableColumn<AgentRow, String> fileColumn;
    @FXML private Label agentsPlaceholder;
    @FXML private TreeView<FleetGroups.Group> fleetTree;

    public AgentsController(AgentsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        // each column reads a property the row holds: sorting calls these once per comparison, cells once per paint
        bind(nameColumn, AgentRow::nameProperty);
        bind(stateColumn, AgentRow::stateProperty);
        bind(activityColumn, AgentRow::activityProperty);
        bind(runtimeColumn, AgentRow::runtimeProperty);
        bind(whereColumn, AgentRow::whereProperty);
        bind(jobColumn, AgentRow::jobProperty);
        bind(nodeColumn, AgentRow::nodeProperty);
        bind(elapsedColumn, AgentRow::elapsedProperty);
        bind(leftColumn, AgentRow::timeLeftProperty);
        bind(modelColumn, AgentRow::modelProperty);
        bind(fileColumn, AgentRow::fileProperty);
        // names, states and places are plain text: compared case-insensitively, then exactly, not with the default
        // locale Collator, which normalises every string on every comparison (most of a 500-row sort; decision 0704)
        for (TableColumn<AgentRow, ?> c : agentsTable.getColumns()) {
            @SuppressWarnings("unchecked")
            TableColumn<AgentRow, String> text = (TableColumn<AgentRow, String>) c;
            text.setComparator(TEXT_ORDER);
        }
        agentsTable.setRowFactory(t -> new StyledRow());
        SortedList<AgentRow> sorted = new SortedList<>(model.filtered());
        sorted.comparatorProperty().bind(agentsTable.comparatorProperty());
        agentsTable.setItems(sorted);
        agentsTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        agentsTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<AgentRow>) c ->
                model.selected().setAll(java.util.List.copyOf(agentsTable.getSelectionModel().getSelectedItems())));
        agentsPlaceholder.textProperty().bind(model.emptyHintProperty());
        FleetTree tree = new FleetTree(fleetTree);
        tree.update(model.groupsProperty().get());
        model.groupsProperty().addListener((o, was, now) -> tree.update(now));
        fleetTree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.scopeProperty().set(
                now == null || now.getValue().cluster().isEmpty() ? null : now.getValue()));
    }

    public TableView<AgentRow> table() {
        return agentsTable;
    }

    public void selectAll() {
        agentsTable.getSelectionModel().selectAll();
    }

    /**
     * A table row whose style class and tooltip follow the agent's state as it changes (one tooltip per row). The
     * style class is only touched when it differs: a change of style class makes JavaFX match the row and all its
     * cells against the style sheets again, which after a sort or filter (every row gets a new item) cost most of
     * the time (decision 0704).
     */
    private static final class StyledRow extends TableRow<AgentRow> {
        private final ChangeListener<String> restyle = (o, was, now) -> style(now);
        private final Tooltip tip = new Tooltip();
        private AgentRow watched;
        private String applied; // the state style class the row has now

        @Override
        protected void updateItem(AgentRow item, boolean empty) {
            super.updateItem(item, empty);
            if (watched != null) {
                watched.stateStyleProperty().removeListener(restyle);
                watched = null;
            }
            if (item != null && !empty) {
                watched = item;
                item.stateStyleProperty().addListener(restyle);
                style(item.stateStyleProperty().get());
                tip.textProperty().bind(item.detailsProperty()); // unbinds the previous row's
                setTooltip(tip);
            } else {
                style(null);
                tip.textProperty().unbind();
                setTooltip(null);
            }
        }

        private void style(String now) {
            if (java.util.Objects.equals(applied, now)) {
                return;
            }
            if (applied != null) {
                getStyleClass().remove(applied);
            }
            if (now != null) {
                getStyleClass().add(now);
            }
            applied = now;
        }
    }
}
