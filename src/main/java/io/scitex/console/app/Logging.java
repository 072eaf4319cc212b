package io.scitex.console.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.io.PrintStream;
import org.slf4j.LoggerFactory;

/**
 * Where the console's and its libraries' logs go: a size-capped, rotated file under the console's state folder
 * ({@code console.log} beside {@code actions.log}); the terminal only with {@code --verbose}. Errors nobody caught are
 * logged there with their trace, and the user reads one sentence that says where.
 */
public final class Logging {
    private static final String STDERR = "STDERR";

    private Logging() {}

    /** Shows debug logs of the console (and warnings of its libraries) on stderr as they happen. */
    public static void verbose() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return;
        }
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        ctx.getLogger("io.scitex.console").setLevel(Level.DEBUG);
        Appender<ILoggingEvent> stderr = root.getAppender(STDERR);
        if (stderr != null) {
            stderr.clearAllFilters();
            ThresholdFilter all = new ThresholdFilter();
            all.setLevel(Level.DEBUG.levelStr);
            all.start();
            stderr.addFilter(all);
        }
    }

    /**
     * Logs an error nobody caught, with its trace, to the file, and tells the user in one sentence on {@code err}.
     * For the default uncaught-exception handler and the CLI's last resort.
     */
    public static String internalError(Thread thread, Throwable e, PrintStream err) {
        LoggerFactory.getLogger("io.scitex.console.uncaught").error("uncaught in thread {}", thread.getName(), e);
        String sentence = sentence(e);
        if (err != null) {
            err.println(sentence);
            err.flush();
        }
        return sentence;
    }

    /** The one sentence a user reads for an unexpected error {@code e}. */
    public static String sentence(Throwable e) {
        String what = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse("");
        return "sac-console: internal error (" + what + "); the details are in " + LogFile.current();
    }
}
