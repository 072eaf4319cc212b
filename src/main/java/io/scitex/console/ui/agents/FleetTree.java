package io.scitex.console.ui.agents;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * The fleet tree beside the agents table: all agents, then each cluster, then its reservations, each with counts by
 * state; collapsible; choosing a node shows only its agents in the table. Items are kept and updated in place, so
 * what is expanded and selected survives every refresh. FX thread only.
 */
final class FleetTree {
    /** The root's group: every agent. */
    static final FleetGroups.Group ALL = new FleetGroups.Group("", "", FleetCounts.NONE);

    private final TreeView<FleetGroups.Group> view;
    private final TreeItem<FleetGroups.Group> root = new TreeItem<>(ALL);
    private final Map<Key, TreeItem<FleetGroups.Group>> items = new HashMap<>();
    /** Agents listed whose state the console never checks (not on SLURM): in the root's count, not its states. */
    private int others;

    FleetTree(TreeView<FleetGroups.Group> view) {
        this.view = view;
        root.setExpanded(true);
        view.setRoot(root);
        view.setShowRoot(true);
        view.setCellFactory(v -> new TreeCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(FleetGroups.Group g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty || g == null ? null : text(g));
                if (g != null && !empty) {
                    tip.setText(g.cluster().equals(FleetGroups.NOT_SLURM) ? "Agents of another runtime than slurm or "
                            + "slurm-tenant: listed, never run or checked by the console" : g.counts().summary());
                }
                setTooltip(empty || g == null ? null : tip);
                setId(empty || g == null ? null : "fleet-" + id(g));
            }
        });
    }

    /** Rebuilds the counts from the groups; new clusters and reservations appear expanded, gone ones vanish. */
    void update(List<FleetGroups.Cluster> clusters) {
        FleetCounts all = FleetCounts.NONE;
        int listed = 0;
        Set<Key> seen = new HashSet<>();
        for (int i = 0; i < clusters.size(); i++) {
            FleetGroups.Cluster c = clusters.get(i);
            listed += c.group().counts().total();
            if (!c.group().cluster().equals(FleetGroups.NOT_SLURM)) { // never checked: no state to count
                all = FleetGroups.sum(all, c.group().counts());
            }
            TreeItem<FleetGroups.Group> ci = item(c.group(), root, i, seen);
            for (int j = 0; j < c.reservations().size(); j++) {
                item(c.reservations().get(j), ci, j, seen);
            }
            ci.getChildren().removeIf(t -> !seen.contains(key(t.getValue())));
        }
        root.getChildren().removeIf(t -> !seen.contains(key(t.getValue())));
        items.keySet().retainAll(seen);
        others = listed - all.total();
        root.setValue(new FleetGroups.Group("", "", all));
    }

    private TreeItem<FleetGroups.Group> item(FleetGroups.Group g, TreeItem<FleetGroups.Group> parent, int index,
            Set<Key> seen) {
        Key key = key(g);
        seen.add(key);
        TreeItem<FleetGroups.Group> t = items.get(key);
        if (t == null) {
            t = new TreeItem<>(g);
            t.setExpanded(true);
            items.put(key, t);
            parent.getChildren().add(Math.min(index, parent.getChildren().size()), t);
        } else if (!t.getValue().equals(g)) {
            t.setValue(g);
        }
        return t;
    }

    private String text(FleetGroups.Group g) {
        if (g.cluster().isEmpty()) {
            String compact = g.counts().compact();
            return "All agents (" + (g.counts().total() + others) + ")" + (compact.isEmpty() ? "" : " · " + compact);
        }
        return g.label();
    }

    /**
     * A group's item, by cluster and reservation apart: joined into one string, cluster {@code a-b} with reservation
     * {@code c} and cluster {@code a} with {@code b-c} were one item.
     */
    private record Key(String cluster, String reservation) {}

    private static Key key(FleetGroups.Group g) {
        return new Key(g.cluster(), g.reservation());
    }

    /** The cell's node id (for tests and styling); readable, so not unique for every pair of names. */
    static String id(FleetGroups.Group g) {
        return g.cluster().isEmpty() ? "all" : g.isCluster() ? "cluster-" + g.cluster() : "res-" + g.cluster() + "-"
                + g.reservation();
    }

    TreeView<FleetGroups.Group> view() {
        return view;
    }
}
