package io.scitex.console.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The home folder of each host, asked once ({@link SlurmJobCommands#homeQuery()}) and kept. */
final class RemoteHomes {
    private final Map<String, String> homes = new ConcurrentHashMap<>();

    Optional<String> known(String host) {
        return Optional.ofNullable(homes.get(host));
    }

    /** Records the home found in a command's output; true when one was there. */
    boolean learn(String host, String stdout) {
        Optional<String> home = SlurmJobCommands.parseHome(stdout);
        home.ifPresent(h -> homes.put(host, h));
        return home.isPresent();
    }
}
