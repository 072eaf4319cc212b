package io.scitex.console.ui.logs;

import java.util.function.BooleanSupplier;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The log list's skin: keeps the newest line in view by setting the flow's position to its end, instead of
 * {@code ListView.scrollTo(last)} on every drain. {@code scrollTo} first applies the new line count and then walks
 * every line's size to find the target's offset, several passes over up to the cap (100,000 lines) per pulse
 * (docs/decisions/0514). The position is set again when the flow takes a new line count (at the pulse's layout),
 * because the flow then keeps the old top line in place. Rows of varying height (Wrap) make the flow's end position
 * an estimate that can stop short of the last line: then the flow brings the last line in by pixels after each layout.
 */
final class LogListSkin extends ListViewSkin<String> {
    private final BooleanSupplier following;

    LogListSkin(ListView<String> view, BooleanSupplier following) {
        super(view);
        this.following = following;
        getVirtualFlow().cellCountProperty().addListener(o -> {
            if (this.following.getAsBoolean()) {
                toEnd();
            }
        });
    }

    @Override
    protected VirtualFlow<ListCell<String>> createVirtualFlow() {
        return new Flow();
    }

    /** Shows the last line at the bottom of the view (cheap when it is already there). */
    void toEnd() {
        if (fixedRows()) {
            getVirtualFlow().setPosition(1);
        } else {
            getVirtualFlow().requestLayout(); // the flow's layout brings the last line in (Flow)
        }
    }

    private boolean fixedRows() {
        return getSkinnable().getFixedCellSize() > 0;
    }

    /** After each layout while following rows of varying height: the last line, whole, at the bottom. */
    private final class Flow extends VirtualFlow<ListCell<String>> {
        private boolean adjusting;

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (adjusting || fixedRows() || !following.getAsBoolean() || getCellCount() == 0) {
                return;
            }
            adjusting = true;
            try {
                int last = getCellCount() - 1;
                ListCell<String> cell = getVisibleCell(last);
                if (cell == null) {
                    scrollTo(last); // one cell further when the one before it is shown, else jumps near it
                } else {
                    scrollToBottom(cell);
                }
            } finally {
                adjusting = false;
            }
        }
    }
}
