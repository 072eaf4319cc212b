package io.scitex.console.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scitex.console.agent.AgentYaml;
import io.scitex.console.agent.Problem;
import io.scitex.console.settings.AtomicFile;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.settings.JsonFolder;
import io.scitex.console.settings.JsonObjectReader;
import io.scitex.console.settings.JsonObjectReader.Located;
import io.scitex.console.settings.PythonJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The job state files of {@code runtime: slurm} agents ({@code slurm-state/<name>.json}), written atomically. */
public final class RuntimeStateStore {
    private final Path dir;
    private final AtomicFile atomicFile;

    /** States in {@code dir}. */
    public RuntimeStateStore(Path dir) {
        this(dir, new AtomicFile());
    }

    /** States in {@code dir}, written through {@code atomicFile}. */
    public RuntimeStateStore(Path dir, AtomicFile atomicFile) {
        this.dir = dir;
        this.atomicFile = atomicFile;
    }

    /** The console's state folder, {@code ~/.scitex/agent-container/runtime/slurm-state/}. */
    public static RuntimeStateStore of(ConsolePaths paths) {
        return new RuntimeStateStore(paths.slurmStateDir());
    }

    /** Every readable state and a problem per unreadable file. */
    public record StateList(List<SlurmJobState> states, List<Problem> problems) {
        public StateList {
            states = List.copyOf(states);
            problems = List.copyOf(problems);
        }
    }

    public Path dir() {
        return dir;
    }

    /** The state file of agent {@code name}. */
    public Path fileFor(String name) {
        if (!AgentYaml.isValidName(name)) {
            throw new IllegalArgumentException("not an agent name: '" + name + "'");
        }
        return dir.resolve(name + ".json");
    }

    /** The state of agent {@code name}, if it has one. */
    public Optional<SlurmJobState> load(String name) throws IOException {
        Path file = fileFor(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(file));
        } catch (JsonObjectReader.BadJsonException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Writes {@code state} atomically. */
    public void save(SlurmJobState state) throws IOException {
        ObjectNode json = JsonObjectReader.MAPPER.createObjectNode();
        json.put("host", state.host());
        json.put("job_id", state.jobId());
        json.put("name", state.name());
        json.put("script", state.script());
        json.put("submitted_stdout", state.submittedStdout());
        atomicFile.write(fileFor(state.name()), (PythonJson.dumps(json) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Removes the state of {@code name}; false when there was none. */
    public boolean delete(String name) throws IOException {
        return Files.deleteIfExists(fileFor(name));
    }

    /** All states, sorted by file name. */
    public StateList list() {
        List<SlurmJobState> states = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : JsonFolder.files(dir)) {
            try {
                states.add(parse(file));
            } catch (JsonObjectReader.BadJsonException e) {
                problems.add(e.problem());
            }
        }
        return new StateList(states, problems);
    }

    private static SlurmJobState parse(Path file) throws JsonObjectReader.BadJsonException {
        Map<String, Located> entries = JsonObjectReader.read(file);
        for (String key : List.of("name", "job_id")) {
            Located at = entries.get(key);
            if (at == null || !(at.value().isTextual() || at.value().isIntegralNumber())) {
                int line = at == null ? 1 : at.line();
                int column = at == null ? 1 : at.column();
                throw new JsonObjectReader.BadJsonException(Problem.error(file, line, column,
                        at == null ? "missing key '" + key + "'" : key + " must be a string"));
            }
        }
        return new SlurmJobState(text(entries, "name"), text(entries, "job_id"), text(entries, "script"),
                text(entries, "submitted_stdout"), text(entries, "host"));
    }

    private static String text(Map<String, Located> entries, String key) {
        Located at = entries.get(key);
        return at == null || at.value().isNull() ? "" : at.value().asText();
    }
}
