package io.scitex.console.ui.common;

import io.scitex.console.slurm.BookRequest;
import io.scitex.console.ui.reservations.BookForm;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Dialogs answered by the test: every question and error is recorded. */
public final class ScriptedDialogs implements Dialogs {
    public final List<String> confirmed = new CopyOnWriteArrayList<>();
    public final List<String> errors = new CopyOnWriteArrayList<>();
    public final List<BookForm> bookForms = new CopyOnWriteArrayList<>();
    /** The texts {@link #askText} returns, in order; empty (cancel) when none is left. */
    public final java.util.Queue<String> texts = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** What each {@link #askText} showed: header, then text. */
    public final List<String> asked = new CopyOnWriteArrayList<>();
    private final Function<BookForm, Optional<BookRequest>> book;

    public ScriptedDialogs(Function<BookForm, Optional<BookRequest>> book) {
        this.book = book;
    }

    @Override
    public boolean confirm(String header, String text) {
        confirmed.add(header);
        return true;
    }

    @Override
    public void error(String header, String text) {
        errors.add(header + ": " + text);
    }

    @Override
    public Optional<BookRequest> book(BookForm form) {
        bookForms.add(form);
        return book.apply(form);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    @Override
    public Optional<String> askText(String header, String text, boolean multiLine) {
        asked.add(header + "\n" + text);
        return Optional.ofNullable(texts.poll());
    }
}
