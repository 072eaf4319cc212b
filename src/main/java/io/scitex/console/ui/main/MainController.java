package io.scitex.console.ui.main;

import io.scitex.console.status.HostStatus;
import io.scitex.console.ui.agents.AgentsController;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * Thin controller of main.fxml: menus, toolbar and status bar over the {@link MainViewModel}; each tab is its own
 * FXML with its own controller. A menu item and its button are enabled by the same view-model boolean.
 */
public class MainController {
    private final MainViewModel model;

    @FXML private AgentsController agentsController;
    @FXML private MenuItem startItem;
    @FXML private MenuItem restartItem;
    @FXML private MenuItem stopItem;
    @FXML private MenuItem attachItem;
    @FXML private MenuItem sendItem;
    @FXML private Button sendButton;
    @FXML private Tab inboxTab;
    @FXML private MenuItem watchItem;
    @FXML private MenuItem refreshLeaseItem;
    @FXML private MenuItem releaseItem;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private Button startButton;
    @FXML private Button stopButton;
    @FXML private Button restartButton;
    @FXML private Button attachButton;
    @FXML private Button watchButton;
    @FXML private SplitPane mainSplit;
    @FXML private TabPane mainTabs;
    @FXML private Button releaseButton;
    @FXML private Label filterLabel;
    @FXML private TextField filterField;
    @FXML private Tab problemsTab;
    @FXML private TabPane detailTabs;
    @FXML private Tab conversationTab;
    @FXML private Tab logTab;
    @FXML private HBox hostStatusBox;
    @FXML private Label refreshLabel;
    @FXML private Label messageLabel;
    @FXML private Label problemsLabel;
    private TerminalLayout terminalLayout;

    public MainController(MainViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        ObservableBooleanValue canRun = model.agentsTab().canRunProperty();
        disableUnless(canRun, startItem, restartItem, stopItem);
        disableUnless(canRun, startButton, restartButton, stopButton);
        disableUnless(canRun, sendItem);
        disableUnless(canRun, sendButton);
        inboxTab.textProperty().bind(model.inboxTab().titleProperty());
        disableUnless(model.agentsTab().canAttachProperty(), attachItem, watchItem);
        disableUnless(model.agentsTab().canAttachProperty(), attachButton, watchButton);
        agentsController.table().setContextMenu(agentMenu());
        terminalLayout = new TerminalLayout(mainSplit, mainTabs, detailTabs);
        disableUnless(model.reservationsTab().hasSelectionProperty(), refreshLeaseItem, releaseItem);
        disableUnless(model.reservationsTab().hasSelectionProperty(), releaseButton);
        darkThemeItem.selectedProperty().bindBidirectional(model.darkProperty());
        filterLabel.setLabelFor(filterField);
        model.agentsTab().filterProperty().bind(filterField.textProperty());
        problemsTab.textProperty().bind(model.problemsTab().titleProperty());
        model.conversation().activeProperty().bind(conversationTab.selectedProperty());
        model.logs().activeProperty().bind(logTab.selectedProperty()); // the output log is tailed while shown
        problemsLabel.textProperty().bind(model.problemsTab().summaryProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(model.messageProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(640);
        messageLabel.setTooltip(whole);
        refreshLabel.textProperty().bind(model.refreshedProperty());
        model.hosts().addListener((ListChangeListener<HostStatus>) c -> HostChips.render(hostStatusBox, model.hosts(),
                model.agents()));
    }

    /** The agents table's context menu: the Agent menu's actions on the selected rows. */
    private ContextMenu agentMenu() {
        MenuItem start = new MenuItem("Start");
        start.setOnAction(e -> onStart());
        MenuItem stop = new MenuItem("Stop");
        stop.setOnAction(e -> onStop());
        MenuItem attach = new MenuItem("Attach terminal");
        attach.setOnAction(e -> onAttach());
        MenuItem watch = new MenuItem("Watch");
        watch.setId("watchMenuItem");
        watch.setOnAction(e -> onWatch());
        disableUnless(model.agentsTab().canRunProperty(), start, stop);
        disableUnless(model.agentsTab().canAttachProperty(), attach, watch);
        return new ContextMenu(start, stop, new SeparatorMenuItem(), attach, watch);
    }

    /** How terminals get room (maximise, tear off); for tests. */
    public TerminalLayout terminalLayout() {
        return terminalLayout;
    }

    private static void disableUnless(ObservableBooleanValue allowed, MenuItem... items) {
        for (MenuItem i : items) {
            i.disableProperty().bind(javafx.beans.binding.Bindings.not(allowed));
        }
    }

    private static void disableUnless(ObservableBooleanValue allowed, Button... buttons) {
        for (Button b : buttons) {
            b.disableProperty().bind(javafx.beans.binding.Bindings.not(allowed));
        }
    }

    @FXML private void onStart() {
        model.start(false);
    }

    @FXML private void onRestart() {
        model.start(true);
    }

    @FXML private void onStop() {
        model.stop();
    }

    @FXML private void onAttach() {
        model.attach();
    }

    @FXML private void onSend() {
        model.sendPrompt();
    }

    @FXML private void onWatch() {
        model.watch();
    }

    @FXML private void onMaximise() {
        terminalLayout.toggleMaximised();
    }

    @FXML private void onTearOff() {
        terminalLayout.tearOff();
    }

    /** Closes the selected terminal tab as its close button would (close request, then closed event). */
    @FXML private void onCloseTerminal() {
        Tab tab = detailTabs.getSelectionModel().getSelectedItem();
        if (tab == null || !tab.isClosable()) {
            return;
        }
        Event request = new Event(tab, tab, Tab.TAB_CLOSE_REQUEST_EVENT);
        Event.fireEvent(tab, request);
        if (request.isConsumed()) {
            return;
        }
        detailTabs.getTabs().remove(tab);
        Event.fireEvent(tab, new Event(Tab.CLOSED_EVENT));
    }

    @FXML private void onSelectAll() {
        agentsController.selectAll();
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

    @FXML private void onAddFolder() {
        model.chooseAgentFolder();
    }

    @FXML private void onBook() {
        model.book();
    }

    @FXML private void onRefreshLease() {
        model.refreshLease();
    }

    @FXML private void onRelease() {
        model.release();
    }

    @FXML private void onQuit() {
        Platform.exit();
    }
}
