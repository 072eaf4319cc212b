package io.scitex.console.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/** Which verb a command line names: its first word after sac's global options and their values. */
final class Verbs {
    /** The global options that take a value in the next word (their {@code --name=value} form is one word). */
    private static final Set<String> WITH_VALUE = Set.of("--ssh-config", "--known-hosts", "--host");

    private static final Set<String> VERSION = Set.of("-V", "--version");

    private Verbs() {}

    /** The verbs a command line needs at one level, and the words after the one that named it. */
    record Needed(List<Class<?>> verbs, String[] rest) {}

    /**
     * The verbs among {@code verbs} that running {@code args} needs: the one whose name or alias comes first after
     * the global options, with the words after it; none for the version, and for no verb at all unless
     * {@code bareIsHelp} (sac's own level opens the window, a verb's level prints its help); all of them for anything
     * else (the help lists them, an unknown verb gets the nearest names).
     */
    static Needed needed(String[] args, List<Class<?>> verbs, boolean bareIsHelp) {
        int i = 0;
        while (i < args.length && isGlobal(args[i])) {
            i += WITH_VALUE.contains(args[i]) ? 2 : 1;
        }
        if ((i >= args.length && !bareIsHelp) || (i == args.length - 1 && VERSION.contains(args[i]))) {
            return new Needed(List.of(), new String[0]);
        }
        String word = i < args.length ? args[i] : "";
        int next = i + 1;
        return verbs.stream().filter(v -> names(v).anyMatch(word::equals)).findFirst()
                .map(v -> new Needed(List.of(v), Arrays.copyOfRange(args, next, args.length)))
                .orElse(new Needed(verbs, new String[0]));
    }

    private static boolean isGlobal(String arg) {
        return WITH_VALUE.contains(arg) || arg.equals("-v") || arg.equals("--verbose")
                || WITH_VALUE.stream().anyMatch(o -> arg.startsWith(o + "="));
    }

    private static Stream<String> names(Class<?> verb) {
        Command command = verb.getAnnotation(Command.class);
        return Stream.concat(Stream.of(command.name()), Arrays.stream(command.aliases()));
    }
}
