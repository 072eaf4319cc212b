package io.scitex.console.ui.activity;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Activity tab: what the console did and saw, newest last, capped. FX thread only. */
public final class ActivityViewModel {
    static final int CAP = 2_000;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ObservableList<String> lines = FXCollections.observableArrayList();

    public ObservableList<String> lines() {
        return lines;
    }

    public void log(String line) {
        lines.add(LocalTime.now().format(CLOCK) + "  " + line);
        if (lines.size() > CAP) {
            lines.remove(0, lines.size() - CAP);
        }
    }
}
