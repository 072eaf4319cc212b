package io.scitex.console.ui.inbox;

import static io.scitex.console.ui.common.Columns.bind;
import static io.scitex.console.ui.common.Columns.fixed;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Thin controller of inbox.fxml: the needs table over {@link InboxViewModel}, its buttons call {@link Answers}. */
public final class InboxController {
    /** What the inbox's buttons do with the selected need. */
    public interface Answers {
        void approve();

        void deny();

        void answer();

        void attachNeed();
    }

    private final InboxViewModel model;
    private final Answers answers;

    @FXML private TableView<InboxRow> inboxTable;
    @FXML private TableColumn<InboxRow, String> agentColumn;
    @FXML private TableColumn<InboxRow, String> whatColumn;
    @FXML private TableColumn<InboxRow, String> sinceColumn;
    @FXML private TableColumn<InboxRow, String> whyColumn;
    @FXML private Button approveButton;
    @FXML private Button denyButton;
    @FXML private Button answerButton;
    @FXML private Button inboxAttachButton;

    public InboxController(InboxViewModel model, Answers answers) {
        this.model = model;
        this.answers = answers;
    }

    @FXML
    private void initialize() {
        bind(agentColumn, r -> fixed(r.agent()));
        bind(whatColumn, r -> fixed(r.what()));
        bind(sinceColumn, r -> fixed(r.sinceText()));
        bind(whyColumn, r -> fixed(r.why()));
        inboxTable.setItems(model.rows());
        inboxTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null || !model.rows().contains(model.selectedProperty().get())) {
                model.selectedProperty().set(now);
            }
        });
        // the list is replaced when needs change: select again the agent the model kept
        model.rows().addListener((ListChangeListener<InboxRow>) c -> {
            InboxRow keep = model.selectedProperty().get();
            if (keep != null) {
                inboxTable.getSelectionModel().select(keep);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                inboxTable.getSelectionModel().clearSelection();
            } else if (!now.equals(inboxTable.getSelectionModel().getSelectedItem())) {
                inboxTable.getSelectionModel().select(now);
            }
        });
        approveButton.disableProperty().bind(Bindings.not(model.canApproveProperty()));
        denyButton.disableProperty().bind(Bindings.not(model.canApproveProperty()));
        answerButton.disableProperty().bind(Bindings.not(model.canAnswerProperty()));
        inboxAttachButton.disableProperty().bind(Bindings.not(model.hasSelectionProperty()));
    }

    @FXML private void onApprove() {
        answers.approve();
    }

    @FXML private void onDeny() {
        answers.deny();
    }

    @FXML private void onAnswer() {
        answers.answer();
    }

    @FXML private void onAttach() {
        answers.attachNeed();
    }
}
