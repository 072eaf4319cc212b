package io.scitex.console.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one bridge between the FX thread and background work: {@code work} runs off the FX thread, and only its
 * finished result (or failure) is applied on the FX thread.
 */
public interface UiExecutor {
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the UI thread (later, or now when already there). */
    void onUi(Runnable action);
}
