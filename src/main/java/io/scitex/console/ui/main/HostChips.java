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
 * connection, when it last answered, and how many of its agents work, need the user, or are stopped.
 */
final class HostChips {
    private HostChips() {}

    static void render(HBox box, List<HostStatus> hosts, Collection<AgentRow> agents) {
        box.getChildren().setAll(hosts.stream().map(h -> chip(h, FleetGroups.countsOn(h.host(), agents))).toList());
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

    private static Label chip(HostStatus h, FleetCounts counts) {
        Label l = new Label(text(h, counts));
        l.setId("host-" + h.host());
        l.getStyleClass().addAll("host-chip", "host-" + h.connection().name().toLowerCase(Locale.ROOT));
        String last = h.lastGoodRefresh()
                .map(t -> "last good refresh " + Duration.between(t, Instant.now()).toSeconds() + " s ago")
                .orElse("never refreshed");
        l.setTooltip(new Tooltip(h.reason().isEmpty() ? last : h.reason() + "\n" + last));
        return l;
    }
}
