package io.scitex.console.runtime;

/**
 * One {@code sac-*} pane in a sweep.
 *
 * @param hash md5 of the pane's last lines; empty when the session vanished during the sweep
 * @param text the pane's last lines when they differ from the hash the console sent; empty when {@code SAME}
 */
public record PaneReport(String name, Kind kind, String hash, String text) {

    public enum Kind {
        /** Unchanged since the hash the console sent: no text transferred. */
        SAME,
        /** New or changed: text included. */
        NEW,
        /** Listed, but gone before its pane could be read. */
        GONE
    }
}
