package io.scitex.console.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FxUiExecutorTest {
    @Test
    void workSubmittedAfterTheWindowClosedIsDroppedNotThrown() throws Exception {
        FxUiExecutor executor = new FxUiExecutor(1);
        executor.close();
        AtomicBoolean ran = new AtomicBoolean();
        executor.submit(() -> ran.getAndSet(true), r -> ran.set(true), e -> ran.set(true));
        Thread.sleep(100);
        assertThat(ran).isFalse();
    }
}
