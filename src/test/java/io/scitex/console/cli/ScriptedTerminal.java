package io.scitex.console.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A terminal someone answers from a script; records every prompt and every text shown. */
final class ScriptedTerminal implements Terminal {
    final List<String> prompts = new ArrayList<>();
    final List<String> shown = new ArrayList<>();
    final List<Boolean> secret = new ArrayList<>();
    private final Deque<String> answers;

    ScriptedTerminal(String... answers) {
        this.answers = new ArrayDeque<>(List.of(answers));
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void show(String text) {
        shown.add(text);
    }

    @Override
    public Optional<String> readLine(String prompt) {
        prompts.add(prompt);
        secret.add(false);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<char[]> readSecret(String prompt) {
        prompts.add(prompt);
        secret.add(true);
        return Optional.ofNullable(answers.poll()).map(String::toCharArray);
    }
}
