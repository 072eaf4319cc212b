package io.scitex.console.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** Work on background threads, results on one "UI" thread: the window's threading without JavaFX. */
public final class ThreadedUiExecutor implements UiExecutor, AutoCloseable {
    private final ExecutorService work = Executors.newCachedThreadPool();
    private final ExecutorService ui = Executors.newSingleThreadExecutor();

    @Override
    public <T> void submit(Callable<T> task, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        work.execute(() -> {
            try {
                T result = task.call();
                ui.execute(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                ui.execute(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    @Override
    public void close() {
        work.shutdownNow();
        ui.shutdownNow();
    }
}
