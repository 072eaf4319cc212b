package io.scitex.console.ui.conversation;

import java.util.HashSet;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;

/** Controller of conversation.fxml: the list over {@link ConversationViewModel}, scrolled to the end while following. */
public final class ConversationController {
    private final ConversationViewModel model;
    private final Set<ConversationItem> expanded = new HashSet<>();

    @FXML private Label conversationTitle;
    @FXML private Label conversationTotal;
    @FXML private ToggleButton conversationFollow;
    @FXML private ListView<ConversationItem> conversationView;

    public ConversationController(ConversationViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        conversationTitle.textProperty().bind(model.titleProperty());
        conversationTotal.textProperty().bind(model.totalProperty());
        conversationView.setItems(model.items());
        conversationView.setCellFactory(v -> new ConversationCell(expanded));
        conversationView.widthProperty().addListener((o, was, now) -> conversationView.refresh());
        model.items().addListener((ListChangeListener<ConversationItem>) c -> {
            if (conversationFollow.isSelected() && !model.items().isEmpty()) {
                conversationView.scrollTo(model.items().size() - 1);
            }
        });
    }
}
