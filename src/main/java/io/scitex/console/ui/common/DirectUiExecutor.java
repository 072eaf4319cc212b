package io.scitex.console.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and its result handler on the calling thread: for ViewModel tests. */
public final class DirectUiExecutor implements UiExecutor {
    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }
}
