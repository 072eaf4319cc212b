package io.scitex.console.ui.main;

import io.scitex.console.status.HostStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** Renders one coloured chip per host in the status bar, so a lost connection is always visible. */
final class HostChips {
    private HostChips() {}

    static void render(HBox box, List<HostStatus> hosts) {
        box.getChildren().setAll(hosts.stream().map(HostChips::chip).toList());
    }

    static String text(HostStatus h) {
        return switch (h.connection()) {
            case CONNECTED -> h.host() + " · " + h.latency().toMillis() + " ms";
            case CONNECTING -> h.host() + " · connecting…";
            case DISCONNECTED -> h.host() + " · disconnected";
        };
    }

    private static Label chip(HostStatus h) {
        Label l = new Label(text(h));
        l.setId("host-" + h.host());
        l.getStyleClass().addAll("host-chip", "host-" + h.connection().name().toLowerCase(Locale.ROOT));
        String last = h.lastGoodRefresh()
                .map(t -> "last good refresh " + Duration.between(t, Instant.now()).toSeconds() + " s ago")
                .orElse("never refreshed");
        l.setTooltip(new Tooltip(h.reason().isEmpty() ? last : h.reason() + "\n" + last));
        return l;
    }
}
