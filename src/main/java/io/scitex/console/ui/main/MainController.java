package io.scitex.console.ui.main;

import io.scitex.console.agent.Problem;
import io.scitex.console.status.HostStatus;
import io.scitex.console.ui.agents.AgentRow;
import io.scitex.console.ui.logs.LogPaneController;
import io.scitex.console.ui.reservations.ReservationRow;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** Thin controller of main.fxml: binds controls to the {@link MainViewModel} and forwards user actions. */
public class MainController {
    private final MainViewModel model;

    @FXML private BorderPane root;
    @FXML private TableView<AgentRow> agentsTable;
    @FXML private TableColumn<AgentRow, String> agentNameColumn;
    @FXML private TableColumn<AgentRow, String> agentStateColumn;
    @FXML private TableColumn<AgentRow, String> agentActivityColumn;
    @FXML private TableColumn<AgentRow, String> agentRuntimeColumn;
    @FXML private TableColumn<AgentRow, String> agentWhereColumn;
    @FXML private TableColumn<AgentRow, String> agentJobColumn;
    @FXML private TableColumn<AgentRow, String> agentNodeColumn;
    @FXML private TableColumn<AgentRow, String> agentElapsedColumn;
    @FXML private TableColumn<AgentRow, String> agentLeftColumn;
    @FXML private TableColumn<AgentRow, String> agentModelColumn;
    @FXML private TableColumn<AgentRow, String> agentFileColumn;
    @FXML private Label agentsPlaceholder;
    @FXML private TableView<ReservationRow> reservationsTable;
    @FXML private TableColumn<ReservationRow, String> leaseNameColumn;
    @FXML private TableColumn<ReservationRow, String> leaseStateColumn;
    @FXML private TableColumn<ReservationRow, String> leaseHostColumn;
    @FXML private TableColumn<ReservationRow, String> leaseJobColumn;
    @FXML private TableColumn<ReservationRow, String> leaseNodeColumn;
    @FXML private TableColumn<ReservationRow, String> leaseTenantsColumn;
    @FXML private TableColumn<ReservationRow, String> leaseLeftColumn;
    @FXML private TableColumn<ReservationRow, String> leasePersistentColumn;
    @FXML private TableColumn<ReservationRow, String> leaseSubmittedColumn;
    @FXML private TableView<Problem> problemsTable;
    @FXML private TableColumn<Problem, String> problemSeverityColumn;
    @FXML private TableColumn<Problem, String> problemWhereColumn;
    @FXML private TableColumn<Problem, String> problemMessageColumn;
    @FXML private Tab problemsTab;
    @FXML private javafx.scene.control.TabPane detailTabs;
    @FXML private ListView<String> logView;
    @FXML private Label logTitle;
    @FXML private TextField logSearchField;
    @FXML private ToggleButton followToggle;
    @FXML private Button saveLogButton;
    @FXML private TextField filterField;
    @FXML private ListView<String> activityList;
    @FXML private Label messageLabel;
    @FXML private Label refreshLabel;
    @FXML private HBox hostStatusBox;
    @FXML private Label problemsLabel;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private Button startButton;
    @FXML private Button stopButton;
    @FXML private Button restartButton;
    @FXML private Button attachButton;

    public MainController(MainViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        column(agentNameColumn, r -> fixed(r.name()));
        column(agentStateColumn, AgentRow::stateProperty);
        column(agentActivityColumn, AgentRow::activityProperty);
        column(agentRuntimeColumn, r -> Bindings.createStringBinding(
                () -> r.spec().runtime().yamlName(), r.specProperty()));
        column(agentWhereColumn, r -> Bindings.createStringBinding(r::where, r.specProperty()));
        column(agentJobColumn, AgentRow::jobProperty);
        column(agentNodeColumn, AgentRow::nodeProperty);
        column(agentElapsedColumn, AgentRow::elapsedProperty);
        column(agentLeftColumn, AgentRow::timeLeftProperty);
        column(agentModelColumn, r -> Bindings.createStringBinding(
                () -> r.spec().model(), r.specProperty()));
        column(agentFileColumn, r -> Bindings.createStringBinding(
                () -> r.spec().file().toString(), r.specProperty()));
        agentsTable.setRowFactory(t -> new StyledRow());

        FilteredList<AgentRow> filtered = new FilteredList<>(model.agents());
        filterField.textProperty().addListener((o, was, text) -> filtered.setPredicate(row -> matches(row, text)));
        SortedList<AgentRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(agentsTable.comparatorProperty());
        agentsTable.setItems(sorted);
        agentsTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        agentsTable.getSelectionModel().getSelectedItems().addListener(
                (ListChangeListener<AgentRow>) c -> updateActionState());
        updateActionState();

        new LogPaneController(model.logs(), logView, logTitle, logSearchField, followToggle, saveLogButton,
                model::message);
        agentsTable.getSelectionModel().selectedItemProperty().addListener(
                (o, was, row) -> model.logs().show(row == null ? null : row.name()));
        bindReservations();
        bindProblems();
        activityList.setItems(model.activity());
        messageLabel.textProperty().bind(model.messageProperty());
        refreshLabel.textProperty().bind(model.refreshedProperty());
        model.hosts().addListener((ListChangeListener<HostStatus>) c -> HostChips.render(hostStatusBox, model.hosts()));
        problemsLabel.textProperty().bind(model.problemsSummaryProperty());
        agentsPlaceholder.textProperty().bind(model.emptyAgentsHintProperty());
    }

    private void bindReservations() {
        column(leaseNameColumn, r -> fixed(r.lease().name()));
        column(leaseStateColumn, ReservationRow::stateProperty);
        column(leaseHostColumn, r -> fixed(r.lease().host()));
        column(leaseJobColumn, ReservationRow::jobProperty);
        column(leaseNodeColumn, ReservationRow::nodeProperty);
        column(leaseTenantsColumn, ReservationRow::tenantsProperty);
        column(leaseLeftColumn, ReservationRow::timeLeftProperty);
        column(leasePersistentColumn, r -> fixed(r.lease().persistent() ? "yes" : "no"));
        column(leaseSubmittedColumn, r -> fixed(r.lease().submittedAt()));
        SortedList<ReservationRow> sorted = new SortedList<>(model.reservations());
        sorted.comparatorProperty().bind(reservationsTable.comparatorProperty());
        reservationsTable.setItems(sorted);
    }

    private void bindProblems() {
        column(problemSeverityColumn, p -> fixed(p.isError() ? "error" : "warning"));
        column(problemWhereColumn, p -> fixed(p.file() + (p.line() > 0 ? ":" + p.line() + ":" + p.column() : "")));
        column(problemMessageColumn, p -> fixed(p.message()));
        problemsTable.setItems(model.problems());
        problemsTab.textProperty().bind(Bindings.createStringBinding(
                () -> model.problems().isEmpty() ? "Problems" : "Problems (" + model.problems().size() + ")",
                model.problems()));
    }

    private static ObservableValue<String> fixed(String value) {
        return new ReadOnlyStringWrapper(value).getReadOnlyProperty();
    }

    private static <R> void column(TableColumn<R, String> column, Function<R, ObservableValue<String>> value) {
        column.setCellValueFactory(features -> value.apply(features.getValue()));
    }

    private static boolean matches(AgentRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return row.name().toLowerCase(Locale.ROOT).contains(needle)
                || row.where().toLowerCase(Locale.ROOT).contains(needle)
                || row.stateProperty().get().toLowerCase(Locale.ROOT).contains(needle);
    }

    private void updateActionState() {
        List<AgentRow> selected = agentsTable.getSelectionModel().getSelectedItems();
        boolean anySlurm = selected.stream().anyMatch(r -> r.spec().runtime().isSlurm());
        startButton.setDisable(!anySlurm);
        stopButton.setDisable(!anySlurm);
        restartButton.setDisable(!anySlurm);
        attachButton.setDisable(selected.size() != 1 || !anySlurm);
    }

    private List<AgentRow> selection() {
        return List.copyOf(agentsTable.getSelectionModel().getSelectedItems());
    }

    @FXML private void onStart() {
        model.start(selection(), false);
    }

    @FXML private void onRestart() {
        model.start(selection(), true);
    }

    @FXML private void onStop() {
        model.stop(selection());
    }

    @FXML private void onAttach() {
        model.attach(selection());
    }

    /** Closes the selected terminal tab as its close button would (close request, then closed event). */
    @FXML private void onCloseTerminal() {
        Tab tab = detailTabs.getSelectionModel().getSelectedItem();
        if (tab == null || !tab.isClosable()) {
            return;
        }
        javafx.event.Event request = new javafx.event.Event(tab, tab, Tab.TAB_CLOSE_REQUEST_EVENT);
        javafx.event.Event.fireEvent(tab, request);
        if (request.isConsumed()) {
            return;
        }
        detailTabs.getTabs().remove(tab);
        javafx.event.Event.fireEvent(tab, new javafx.event.Event(Tab.CLOSED_EVENT));
    }

    @FXML private void onSelectAll() {
        agentsTable.getSelectionModel().selectAll();
    }

    @FXML private void onReload() {
        model.reload();
    }

    @FXML private void onRefreshNow() {
        model.refreshNow();
    }

    @FXML private void onFocusFilter() {
        filterField.requestFocus();
    }

    @FXML private void onToggleTheme() {
        Theme.apply(root.getScene(), darkThemeItem.isSelected());
    }

    @FXML private void onAddFolder() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Add a folder of agent YAMLs (<name>/<name>.yaml)");
        java.io.File dir = chooser.showDialog(root.getScene().getWindow());
        if (dir != null) {
            model.addAgentFolder(dir.toPath());
        }
    }

    @FXML private void onBook() {
        model.book();
    }

    @FXML private void onRefreshLease() {
        model.refreshLease(reservationsTable.getSelectionModel().getSelectedItem());
    }

    @FXML private void onRelease() {
        model.release(reservationsTable.getSelectionModel().getSelectedItem());
    }

    @FXML private void onQuit() {
        Platform.exit();
    }

    /** A table row whose style class and tooltip follow the agent's state as it changes. */
    private static final class StyledRow extends TableRow<AgentRow> {
        private final javafx.beans.value.ChangeListener<String> restyle = (o, was, now) -> style(was, now);
        private AgentRow watched;

        @Override
        protected void updateItem(AgentRow item, boolean empty) {
            super.updateItem(item, empty);
            if (watched != null) {
                watched.stateStyleProperty().removeListener(restyle);
                style(watched.stateStyleProperty().get(), null);
                watched = null;
                setTooltip(null);
            }
            if (item != null && !empty) {
                watched = item;
                item.stateStyleProperty().addListener(restyle);
                style(null, item.stateStyleProperty().get());
                javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
                tip.textProperty().bind(item.stateProperty());
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
