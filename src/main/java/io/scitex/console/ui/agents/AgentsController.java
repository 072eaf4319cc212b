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

    /** A table row whose style class and tooltip follow the agent's state as it changes (one tooltip per row). */
    private static final class StyledRow extends TableRow<AgentRow> {
        private final ChangeListener<String> restyle = (o, was, now) -> style(was, now);
        private final Tooltip tip = new Tooltip();
        private AgentRow watched;

        @Override
        protected void updateItem(AgentRow item, boolean empty) {
            super.updateItem(item, empty);
            if (watched != null) {
                watched.stateStyleProperty().removeListener(restyle);
                style(watched.stateStyleProperty().get(), null);
                watched = null;
                tip.textProperty().unbind();
                setTooltip(null);
            }
            if (item != null && !empty) {
                watched = item;
                item.stateStyleProperty().addListener(restyle);
                style(null, item.stateStyleProperty().get());
                tip.textProperty().bind(item.detailsProperty());
                setTooltip(tip);
            }
        }

        private void style(String was, String now) {
            if (was != null) {
                getStyleClass().remove(was);
            }
            if (now != null) {
                getStyleClass().add(now);
            }
        }
    }
}
