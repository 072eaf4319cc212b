package io.scitex.console.ui.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The fleet tree keeps one item per cluster and reservation, whatever characters their names share. */
@ExtendWith(ApplicationExtension.class)
class FleetTreeTest {

    @Test
    void clustersAndReservationsWhoseJoinedNamesAreEqualStayApart(FxRobot robot) {
        FleetCounts one = new FleetCounts(1, 0, 0, 0, 0);
        FleetCounts two = new FleetCounts(0, 0, 0, 2, 0);
        List<FleetGroups.Cluster> clusters = List.of(
                new FleetGroups.Cluster(new FleetGroups.Group("a-b", "", one),
                        List.of(new FleetGroups.Group("a-b", "c", one))),
                new FleetGroups.Cluster(new FleetGroups.Group("a", "", two),
                        List.of(new FleetGroups.Group("a", "b-c", two))));
        TreeView<FleetGroups.Group> view = new TreeView<>();
        robot.interact(() -> new FleetTree(view).update(clusters));
        List<TreeItem<FleetGroups.Group>> top = view.getRoot().getChildren();
        assertThat(top).extracting(t -> t.getValue().cluster()).containsExactly("a-b", "a");
        assertThat(top.get(0).getChildren()).extracting(t -> t.getValue().reservation()).containsExactly("c");
        assertThat(top.get(1).getChildren()).extracting(t -> t.getValue().reservation()).containsExactly("b-c");
        assertThat(top.get(1).getChildren().get(0).getValue().counts()).isEqualTo(two);
    }
}
