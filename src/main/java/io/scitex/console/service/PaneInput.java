package io.scitex.console.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What to type into an agent's pane: tmux key names and at most one text, pasted through a tmux buffer from the
 * command's stdin (never as shell words). The runtime types it with one remote command (resources/.../runtime/pane-input.bash).
 *
 * @param steps {@code key:<name>}, {@code paste} or {@code sleep:<seconds>}, in order
 * @param text the text the {@code paste} step pastes
 */
public record PaneInput(List<String> steps, Optional<String> text) {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{1,20}");
    /** Claude reads a bracketed paste before the Enter that submits it. */
    private static final String SETTLE = "sleep:0.3";

    public PaneInput {
        steps = List.copyOf(steps);
        for (String s : steps) {
            if (s.startsWith("key:") && !KEY.matcher(s.substring(4)).matches()) {
                throw new IllegalArgumentException("not a tmux key name: '" + s.substring(4) + "'");
            }
        }
        if (steps.contains("paste") != text.isPresent()) {
            throw new IllegalArgumentException("a paste step needs a text, and a text a paste step");
        }
    }

    /** A prompt: pasted, then submitted with Enter. */
    public static PaneInput prompt(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("the prompt is empty");
        }
        return new PaneInput(List.of("paste", SETTLE, "key:Enter"), Optional.of(text));
    }

    /** Approves the tool call Claude asks about: option 1, "Yes". */
    public static PaneInput approve() {
        return new PaneInput(List.of("key:1"), Optional.empty());
    }

    /** Denies the tool call (Esc: "What should Claude do instead?"), then tells Claude why, when a text is given. */
    public static PaneInput deny(Optional<String> why) {
        List<String> steps = new ArrayList<>(List.of("key:Escape"));
        if (why.isPresent() && !why.get().isBlank()) {
            steps.addAll(List.of("sleep:0.5", "paste", SETTLE, "key:Enter"));
            return new PaneInput(steps, why);
        }
        return new PaneInput(steps, Optional.empty());
    }

    /**
     * Answers Claude's question: a single digit picks that option of the dialog (typed as its key), any other text is
     * pasted and submitted as the prompt is.
     */
    public static PaneInput answer(String text) {
        String t = text.strip();
        if (t.matches("[1-9]")) {
            return new PaneInput(List.of("key:" + t), Optional.empty());
        }
        return prompt(text);
    }
}
