package io.scitex.console.ui.conversation;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Draws {@link Markdown} blocks: one text flow per block; code in the {@code mono} style class. */
final class MarkdownNodes {
    private MarkdownNodes() {}

    static Node of(String markdown, double width) {
        VBox box = new VBox(6);
        for (Markdown.Block b : Markdown.parse(markdown)) {
            TextFlow flow = new TextFlow();
            flow.setMaxWidth(width);
            flow.getStyleClass().add(switch (b.type()) {
                case CODE -> "conv-code";
                case HEADING -> "conv-heading";
                case PARAGRAPH -> "conv-paragraph";
            });
            if (!b.bullet().isEmpty()) {
                flow.getChildren().add(new Text(b.bullet()));
            }
            for (Markdown.Run r : b.runs()) {
                Text t = new Text(r.text());
                if (r.code()) {
                    t.getStyleClass().add("mono");
                }
                if (r.bold() || b.type() == Markdown.Block.Type.HEADING) {
                    t.setStyle("-fx-font-weight: bold;");
                }
                if (r.italic()) {
                    t.setStyle(t.getStyle() + "-fx-font-style: italic;");
                }
                flow.getChildren().add(t);
            }
            box.getChildren().add(flow);
        }
        return box;
    }
}
