package io.scitex.console.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each agent YAML's {@link AgentYaml.LoadResult}, kept with the bytes it was parsed from: a discovery that finds a
 * file's bytes unchanged does not parse it again (reading a small file costs little; parsing and checking it is
 * what took the time). The result depends on the file's bytes only. The window's status poller reads the inventory
 * on every refresh and the CLI's {@code list} twice; with 500 agents parsing was most of that work (decision 0704).
 * The bytes, not the modification time, decide: a same-size rewrite within one timestamp tick is still seen.
 * Thread-safe.
 */
public final class AgentYamlCache {
    private record Entry(byte[] bytes, AgentYaml.LoadResult result) {}

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    /** {@link AgentYaml#load}, or the result kept for the file when its bytes are the same. */
    public AgentYaml.LoadResult load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            entries.remove(file);
            return AgentYaml.load(file); // unreadable: the loader reports why
        }
        Entry kept = entries.get(file);
        if (kept != null && Arrays.equals(kept.bytes(), bytes)) {
            return kept.result();
        }
        AgentYaml.LoadResult result = AgentYaml.load(file);
        entries.put(file, new Entry(bytes, result));
        return result;
    }

    /** Forgets every file but these (the ones the last discovery found). */
    public void retainOnly(Collection<Path> files) {
        entries.keySet().retainAll(new HashSet<>(files));
    }

    int size() {
        return entries.size();
    }
}
