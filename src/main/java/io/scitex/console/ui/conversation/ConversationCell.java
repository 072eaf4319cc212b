package io.scitex.console.ui.conversation;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/**
 * Draws one {@link ConversationItem}: prompts as headed blocks, answers as markdown, tool calls with their input
 * (monospace), results collapsed in a titled pane (expand to read), errors in the {@code conv-error} style, tokens
 * in a small line. Results keep their expanded state per item while the list grows.
 */
final class ConversationCell extends ListCell<ConversationItem> {
    private final java.util.Set<ConversationItem> expanded;

    ConversationCell(java.util.Set<ConversationItem> expanded) {
        this.expanded = expanded;
        setPrefWidth(0); // wrap to the list's width instead of widening it
    }

    @Override
    protected void updateItem(ConversationItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        setGraphic(empty || item == null ? null : node(item));
    }

    private Node node(ConversationItem item) {
        double width = Math.max(200, getListView() == null ? 600 : getListView().getWidth() - 40);
        return switch (item.kind()) {
            case PROMPT -> titled(item, label(item.body(), "conv-prompt"), width);
            case ANSWER -> MarkdownNodes.of(item.body(), width);
            case TOOL_CALL -> titled(item, label(item.body(), "mono", "conv-tool-input"), width);
            case TOOL_RESULT -> result(item, width);
            case ERROR -> titled(item, label(item.body(), "conv-error"), width);
            case TOKENS -> label(item.title() + " tokens: " + item.body(), "conv-tokens");
        };
    }

    private static Node titled(ConversationItem item, Label body, double width) {
        body.setMaxWidth(width);
        Label head = label(item.title(), item.error() ? "conv-error-title" : "conv-title");
        VBox box = new VBox(2, head, body);
        box.getStyleClass().add("conv-" + item.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return box;
    }

    private Node result(ConversationItem item, double width) {
        Label body = label(item.body(), "mono", "conv-result");
        body.setMaxWidth(width);
        TitledPane pane = new TitledPane(item.title(), body);
        pane.setAnimated(false);
        pane.setExpanded(expanded.contains(item));
        pane.expandedProperty().addListener((o, was, now) -> {
            if (now) {
                expanded.add(item);
            } else {
                expanded.remove(item);
            }
        });
        if (item.error()) {
            pane.getStyleClass().add("conv-error");
        }
        return pane;
    }

    private static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll(styles);
        return l;
    }
}
