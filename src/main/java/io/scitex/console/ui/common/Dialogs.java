package io.scitex.console.ui.common;

import io.scitex.console.slurm.BookRequest;
import io.scitex.console.ui.reservations.BookForm;
import java.nio.file.Path;
import java.util.Optional;

/** The questions and errors the window's actions show: JavaFX dialogs in the window, scripted answers in tests. */
public interface Dialogs {
    /** Asks to go ahead; true for yes. */
    boolean confirm(String header, String text);

    /** Shows an error the user must see (not for a cancel the user asked for). */
    void error(String header, String text);

    /** Shows the Book dialog over {@code form}; empty when cancelled. */
    Optional<BookRequest> book(BookForm form);

    /** Asks for a folder; empty when cancelled. */
    Optional<Path> chooseFolder(String title);

    /**
     * Asks for a text (several lines when {@code multiLine}); empty when cancelled. {@code text} says what it is for
     * (e.g. who gets a prompt). An empty text given with OK is returned as "".
     */
    Optional<String> askText(String header, String text, boolean multiLine);
}
