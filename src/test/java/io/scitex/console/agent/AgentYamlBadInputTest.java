package io.scitex.console.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.Problem.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bad agent YAML gives exactly one problem, with its exact text, line and column. */
class AgentYamlBadInputTest {
    private static final String HEAD = "apiVersion: scitex-agent-container/v3\nkind: Agent\n";
    private static final String TUPLE = "('claude-code', 'cursor', 'aider', 'slurm', 'slurm-tenant')";

    @TempDir
    Path tmp;

    /** A valid envelope followed by {@code spec} lines (the spec starts on line 3). */
    private static String spec(String body) {
        return HEAD + "spec:\n" + body;
    }

    private static Arguments bad(String label, String yaml, int line, int column, String message) {
        return Arguments.of(label, yaml.getBytes(StandardCharsets.UTF_8), Severity.ERROR, line, column, message);
    }

    private static Arguments warn(String label, String yaml, int line, int column, String message) {
        return Arguments.of(label, yaml.getBytes(StandardCharsets.UTF_8), Severity.WARNING, line, column, message);
    }

    static Stream<Arguments> cases() {
        StringBuilder bomb = new StringBuilder(HEAD + "spec:\n  env:\n    A: x\nx0: &a0 [a, b]\n");
        for (int i = 1; i <= 11; i++) {
            bomb.append("x").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }
        return Stream.of(
                bad("wrong apiVersion", "apiVersion: v2\nkind: Agent\nspec: {}\n", 1, 13,
                        "apiVersion must be one of ('scitex-agent-container/v3',), got 'v2'"),
                bad("missing apiVersion", "kind: Agent\nspec: {}\n", 1, 1,
                        "apiVersion must be one of ('scitex-agent-container/v3',), got 'None'"),
                bad("wrong kind", "apiVersion: scitex-agent-container/v3\nkind: Agents\nspec: {}\n", 2, 7,
                        "kind must be 'Agent', got 'Agents'"),
                bad("boolean kind", "apiVersion: scitex-agent-container/v3\nkind: yes\nspec: {}\n", 2, 7,
                        "kind must be 'Agent', got 'True'"),
                bad("metadata not a mapping", HEAD + "metadata: [a]\nspec: {}\n", 3, 11,
                        "metadata, if present, must be a mapping"),
                bad("metadata.name", HEAD + "metadata:\n  name: other\nspec: {}\n", 4, 3, AgentYaml.METADATA_NAME),
                bad("spec missing", HEAD, 1, 1, "spec is required and must be a mapping"),
                bad("spec is text", HEAD + "spec: slurm\n", 3, 7, "spec is required and must be a mapping"),
                bad("unknown runtime", spec("  runtime: docker\n"), 4, 12,
                        "spec.runtime must be one of " + TUPLE + ", got 'docker'"),
                bad("tenant without reservation", spec("  runtime: slurm-tenant\n"), 4, 12,
                        AgentSpecReader.TENANT_NEEDS_RESERVATION),
                bad("restart policy", spec("  restart:\n    policy: sometimes\n"), 5, 13,
                        "spec.restart.policy must be never|on-failure|always, got 'sometimes'"),
                bad("cpus as words", spec("  slurm:\n    cpus_per_task: lots\n"), 5, 20,
                        "spec.slurm.cpus_per_task must be a positive integer, got 'lots'"),
                bad("zero cpus", spec("  slurm:\n    cpus_per_task: 0\n"), 5, 20,
                        "spec.slurm.cpus_per_task must be a positive integer, got '0'"),
                bad("negative ntasks", spec("  slurm:\n    ntasks: -2\n"), 5, 13,
                        "spec.slurm.ntasks must be a positive integer, got '-2'"),
                bad("fractional nodes", spec("  slurm:\n    nodes: 1.5\n"), 5, 12,
                        "spec.slurm.nodes must be a positive integer, got '1.5'"),
                bad("hours past 23 in D-HH:MM:SS", spec("  slurm:\n    time_limit: 1-25:00:00\n"), 5, 17,
                        "spec.slurm.time_limit must be a SLURM time such as 30, 2:00:00 or 1-00:00:00 (MM, MM:SS, "
                                + "HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS), got '1-25:00:00'"),
                bad("seconds past 59 in MM:SS", spec("  slurm:\n    time_limit: '10:75'\n"), 5, 17,
                        "spec.slurm.time_limit must be a SLURM time such as 30, 2:00:00 or 1-00:00:00 (MM, MM:SS, "
                                + "HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS), got '10:75'"),
                bad("time in words", spec("  slurm:\n    time_limit: two hours\n"), 5, 17,
                        "spec.slurm.time_limit must be a SLURM time such as 30, 2:00:00 or 1-00:00:00 (MM, MM:SS, "
                                + "HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS), got 'two hours'"),
                bad("memory with a space", spec("  slurm:\n    mem: 4 GB\n"), 5, 10,
                        "spec.slurm.mem must be a memory size such as 500M, 16G or 1T, got '4 GB'"),
                bad("memory with two letters", spec("  slurm:\n    mem: 16GB\n"), 5, 10,
                        "spec.slurm.mem must be a memory size such as 500M, 16G or 1T, got '16GB'"),
                bad("signal without seconds", spec("  slurm:\n    signal: 'B:USR1@'\n"), 5, 13,
                        "spec.slurm.signal must be a SLURM signal such as B:USR1@3600 ([B:]SIG@seconds), got 'B:USR1@'"),
                bad("auto_resubmit as text", spec("  slurm:\n    auto_resubmit: yes please\n"), 5, 20,
                        "spec.slurm.auto_resubmit must be true or false, got 'yes please'"),
                bad("directives not a list", spec("  slurm:\n    extra_directives: '#SBATCH --qos=x'\n"), 5, 23,
                        "spec.slurm.extra_directives must be a list, got a string"),
                bad("directive without #SBATCH", spec("  slurm:\n    extra_directives:\n      - --account=x\n"), 6, 9,
                        "spec.slurm.extra_directives[0] must be a whole '#SBATCH ...' line, got '--account=x'"),
                bad("partition with a space", spec("  slurm:\n    partition: cas cade\n"), 5, 16,
                        "spec.slurm.partition must be a name without spaces, got 'cas cade'"),
                bad("slurm is a list", spec("  slurm: [a]\n"), 4, 10, "spec.slurm must be a mapping, got a list"),
                bad("multi-line hook", spec("  slurm:\n    hooks:\n      pre_agent: \"a\\nb\"\n"), 6, 18,
                        "spec.slurm.hooks.pre_agent must be a single line"),
                bad("duplicate key", spec("  slurm:\n    mem: 1G\n    mem: 2G\n"), 6, 5,
                        "duplicate key 'mem' in spec.slurm (first set at line 5)"),
                bad("flags with an open quote", spec("  claude:\n    flags: [\"--x 'y\"]\n"), 5, 13,
                        "spec.claude.flags[0] cannot be split into words: unclosed ' quote in '--x 'y'"),
                bad("session mode", spec("  claude:\n    session: sometimes\n"), 5, 14,
                        "spec.claude.session must be continue-or-new|continue|new|resume, got 'sometimes'"),
                bad("remote option injection", spec("  remote: -oProxyCommand=x\n"), 4, 11,
                        "spec.remote must be an ssh host alias (no spaces, not starting with '-'), got '-oProxyCommand=x'"),
                bad("remote mapping", spec("  remote: {a: b}\n"), 4, 11, "spec.remote must be a string, got a mapping"),
                bad("env key not a variable", spec("  env:\n    1X: a\n"), 5, 5,
                        "spec.env key '1X' is not a shell variable name (letters, digits and _, not starting with a digit)"),
                bad("env value is a list", spec("  env:\n    A: [1]\n"), 5, 8, "spec.env.A must be a string, got a list"),
                bad("tab indentation", spec("  slurm:\n\tmem: 1G\n"), 5, 1,
                        "tab character here; YAML indents with spaces only"),
                bad("unclosed flow list", spec("  remote: [a, b\n"), 5, 1,
                        "YAML syntax error: expected ',' or ']', but got <stream end> (while parsing a flow sequence at line 4)"),
                bad("two documents", spec("  model: a\n") + "---\nkind: Agent\n", 5, 1,
                        "YAML syntax error: but found another document (expected a single document in the stream at line 1)"),
                bad("empty file", "", 0, 0, "file is empty; expected an Agent YAML (apiVersion, kind, spec)"),
                bad("comments only", "# nothing here\n", 0, 0, "file is empty; expected an Agent YAML (apiVersion, kind, spec)"),
                bad("alias bomb", bomb.toString(), 17, 12,
                        "too many aliases to lists or mappings (more than 20); refused as a possible alias bomb"),
                warn("misspelt slurm key", spec("  slurm:\n    cpus: 2\n"), 5, 5,
                        "unknown key 'cpus' in spec.slurm; did you mean 'cpus_per_task'?"),
                warn("misspelt top-level key", HEAD + "spec: {}\nspc: {}\n", 4, 1,
                        "unknown key 'spc' in the document; did you mean 'spec'?"),
                warn("misspelt hook", spec("  slurm:\n    hooks:\n      pre_agnet: x\n"), 6, 7,
                        "unknown key 'pre_agnet' in spec.slurm.hooks; did you mean 'pre_agent'?"),
                warn("unknown key without suggestion", spec("  slurm:\n    zebra: 1\n"), 5, 5,
                        "unknown key 'zebra' in spec.slurm (ignored)"),
                warn("unquoted base-60 time", spec("  slurm:\n    time_limit: 1:30:00\n"), 5, 17,
                        "spec.slurm.time_limit is an unquoted base-60 number in YAML 1.1 (sac reads it as minutes); "
                                + "quote it: '1:30:00'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyOneLocatedProblem(String label, byte[] content, Severity severity, int line, int column,
            String message) throws IOException {
        Path file = write("agent-x", content);

        AgentYaml.LoadResult result = AgentYaml.load(file);

        assertThat(result.problems()).containsExactly(new Problem(file, line, column, severity, message));
        assertThat(result.agent().isPresent()).isEqualTo(severity == Severity.WARNING);
    }

    @ParameterizedTest(name = "root is {0}")
    @MethodSource("roots")
    void rootThatIsNotAMappingNamesTheFile(String label, String yaml, int column) throws IOException {
        Path file = write("agent-x", yaml.getBytes(StandardCharsets.UTF_8));

        assertThat(AgentYaml.load(file).problems()).containsExactly(Problem.error(file, 1, column,
                "Config file is not a YAML mapping: " + file.toAbsolutePath().normalize()));
    }

    static Stream<Arguments> roots() {
        return Stream.of(Arguments.of("a list", "- a\n- b\n", 1), Arguments.of("a string", "just text\n", 1));
    }

    @org.junit.jupiter.api.Test
    void nonUtf8BytesAreLocated() throws IOException {
        byte[] head = spec("  model: caf").getBytes(StandardCharsets.UTF_8);
        byte[] content = java.util.Arrays.copyOf(head, head.length + 2);
        content[head.length] = (byte) 0xE9;
        content[head.length + 1] = '\n';
        Path file = write("agent-x", content);

        assertThat(AgentYaml.load(file).problems()).containsExactly(Problem.error(file, 4, 13,
                "file is not valid UTF-8 (byte 0xE9 at offset " + head.length + "); save it as UTF-8"));
    }

    @org.junit.jupiter.api.Test
    void oversizedFileIsRefusedBeforeParsing() throws IOException {
        byte[] content = (spec("  env:\n") + "    A: x\n".repeat(30_000)).getBytes(StandardCharsets.UTF_8);
        Path file = write("agent-x", content);

        assertThat(AgentYaml.load(file).problems()).containsExactly(Problem.fileError(file,
                "file is " + content.length + " bytes; an agent YAML may hold at most 262144 bytes"));
    }

    @org.junit.jupiter.api.Test
    void directoryNameOutsideTheSafeCharactersIsAnError() throws IOException {
        Path file = write("my agent", spec("  model: a\n").getBytes(StandardCharsets.UTF_8));

        AgentYaml.LoadResult result = AgentYaml.load(file);

        assertThat(result.agent()).isEmpty();
        assertThat(result.problems()).containsExactly(Problem.fileError(file, "agent name 'my agent' (the directory "
                + "name) may hold only letters, digits, '.', '_' and '-': it becomes tmux session and file names"));
    }

    @org.junit.jupiter.api.Test
    void fileNameThatDoesNotMatchItsDirectoryIsAWarning() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("alpha"));
        Path file = Files.write(dir.resolve("beta.yaml"), spec("  model: a\n").getBytes(StandardCharsets.UTF_8));

        AgentYaml.LoadResult result = AgentYaml.load(file);

        assertThat(result.agent()).map(AgentSpec::name).contains("alpha");
        assertThat(result.problems()).containsExactly(Problem.warning(file, 0, 0,
                "file name 'beta.yaml' does not match its directory 'alpha'; agents are found only at <name>/<name>.yaml"));
    }

    @org.junit.jupiter.api.Test
    void problemsPrintAsCompilerStyleLines() {
        Path file = Path.of("a/a.yaml");
        assertThat(List.of(Problem.error(file, 3, 7, "boom"), Problem.warning(file, 0, 0, "hm")))
                .extracting(Problem::toString)
                .containsExactly("a/a.yaml:3:7: error: boom", "a/a.yaml: warning: hm");
    }

    private Path write(String dirName, byte[] content) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(dirName));
        return Files.write(dir.resolve(dirName + ".yaml"), content);
    }
}
