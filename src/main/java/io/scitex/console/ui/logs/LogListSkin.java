package io.scitex.console.ui.logs;

import java.util.function.BooleanSupplier;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ListViewSkin;

/**
 * The log list's skin: keeps the newest line in view by setting the flow's position to its end, instead of
 * {@code ListView.scrollTo(last)} on every drain. {@code scrollTo} first applies the new line count and then walks
 * every line's size to find the target's offset, several passes over up to the cap (100,000 lines) per pulse
 * (docs/decisions/0514). The position is set again when the flow takes a new line count (at the pulse's layout),
 * because the flow then keeps the old top line in place.
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

    /** Shows the last line at the bottom of the view (cheap when it is already there). */
    void toEnd() {
        getVirtualFlow().setPosition(1);
    }
}
