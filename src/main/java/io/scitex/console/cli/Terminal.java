package io.scitex.console.cli;

import java.io.Console;
import java.util.Optional;

/** The person at the keyboard, when there is one: questions are asked on the terminal, secrets without echo. */
public interface Terminal {
    /** True when stdin and stdout are a terminal someone can answer on. */
    boolean interactive();

    /** Prints {@code text} on the terminal (not on stdout, which may be piped). */
    void show(String text);

    /** One line typed after {@code prompt}; empty when there is no terminal or input ended. */
    Optional<String> readLine(String prompt);

    /** A secret typed without echo after {@code prompt}; empty when there is no terminal or input ended. */
    Optional<char[]> readSecret(String prompt);

    /** The JVM's console ({@link System#console()}), or {@link #none()} when stdin or stdout is not a terminal. */
    static Terminal system() {
        Console console = System.console();
        return console == null ? none() : new ConsoleTerminal(console);
    }

    /** No terminal: every question goes unanswered. */
    static Terminal none() {
        return new Terminal() {
            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public void show(String text) {
                // nobody to show it to; callers report on stderr instead
            }

            @Override
            public Optional<String> readLine(String prompt) {
                return Optional.empty();
            }

            @Override
            public Optional<char[]> readSecret(String prompt) {
                return Optional.empty();
            }
        };
    }

    /** A terminal over {@link Console}. */
    final class ConsoleTerminal implements Terminal {
        private final Console console;

        ConsoleTerminal(Console console) {
            this.console = console;
        }

        @Override
        public boolean interactive() {
            return true;
        }

        @Override
        public void show(String text) {
            console.writer().print(text);
            console.flush();
        }

        @Override
        public Optional<String> readLine(String prompt) {
            return Optional.ofNullable(console.readLine("%s", prompt));
        }

        @Override
        public Optional<char[]> readSecret(String prompt) {
            return Optional.ofNullable(console.readPassword("%s", prompt));
        }
    }
}
