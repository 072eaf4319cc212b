package io.scitex.console.ui.main;

import io.scitex.console.status.HostStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import io.scitex.console.ui.agents.AgentRow;
import io.scitex.console.ui.agents.FleetCounts;
import io.scitex.console.ui.agents.FleetGroups;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * Renders one coloured chip per host (cluster) in the status bar, so a lost connection is always visible: its
 * connection, when it last answered, and how many of its agents work, need the user, or are stopped. The chips are
 * kept and updated in place: a text or style class is set only when it differs, and chips are added or removed only
 * when the hosts change (a new label per snapshot cost a CSS pass and a layout of the status bar each time, 0705).
 */
final class HostChips {
    private HostChips() {}

    static void render(HBox box, List<HostStatus> hosts, Collection<AgentRow> agents) {
        List<String> ids = hosts.stream().map(h -> "host-" + h.host()).toList();
        List<String> shown = box.getChildren().stream().map(javafx.scene.Node::getId).toList();
        if (!ids.equals(shown)) {
            box.getChildren().setAll(hosts.stream().map(h -> chip(h)).toList());
        }
        for (int i = 0; i < hosts.size(); i++) {
            update((Label) box.getChildren().get(i), hosts.get(i), FleetGroups.countsOn(hosts.get(i).host(), agents));
        }
    }

    static String text(HostStatus h) {
        return switch (h.connection()) {
            case CONNECTED -> h.host() + " · " + h.latency().toMillis() + " ms";
            case CONNECTING -> h.host() + " · connecting…";
            case DISCONNECTED -> h.host() + " · disconnected";
        };
    }

    /** The chip's whole text: the connection, the time of the last good refresh, the agents' counts. */
    static String text(HostStatus h, FleetCounts counts) {
        String at = h.lastGoodRefresh().map(t -> " · at " + LocalTime.ofInstant(t, ZoneId.systemDefault())
                .truncatedTo(ChronoUnit.SECONDS)).orElse(" · never refreshed");
        return text(h) + at + (counts.total() == 0 ? "" : " · " + counts.summary());
    }

    private static Label chip(HostStatus h) {
        Label l = new Label();
        l.setId("host-" + h.host());
        l.getStyleClass().add("host-chip");
        l.setTooltip(new Tooltip());
        return l;
    }

    private static void update(Label l, HostStatus h, FleetCounts counts) {
        l.setText(text(h, counts)); // a String property: an equal text fires nothing
        String connection = "host-" + h.connection().name().toLowerCase(Locale.ROOT);
        if (!l.getStyleClass().contains(connection)) {
            l.getStyleClass().removeIf(c -> c.startsWith("host-") && !c.equals("host-chip"));
            l.getStyleClass().add(connection);
        }
        String last = h.lastGoodRefresh()
                .map(t -> "last good refresh " + Duration.between(t, Instant.now()).toSeconds() + " s ago")
                .orElse("never refreshed");
        l.getTooltip().setText(h.reason().isEmpty() ? last : h.reason() + "\n" + last);
    }
}
