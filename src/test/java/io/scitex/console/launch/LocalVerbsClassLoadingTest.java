package io.scitex.console.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Verbs that read local files only start fast because they load no JavaFX, no SSH and no logging backend: each runs
 * in a fresh JVM with {@code -Xlog:class+load}, and the loaded classes are checked (docs/decisions/0900).
 */
class LocalVerbsClassLoadingTest {
    private static final List<String> NOT_FOR_LOCAL_VERBS = List.of("javafx.", "com.sun.javafx.", "com.sun.glass.",
            "net.schmizz.", "com.hierynomus.", "org.bouncycastle.", "ch.qos.logback.", "com.techsenger.",
            "org.controlsfx.");
    private static final Path REPO = Path.of(System.getProperty("sac.repo.dir", "."));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"--version", "reservations list", "validate samples/agents"})
    void aLocalVerbLoadsNoJavaFxSshOrLoggingClass(String verb) throws Exception {
        Path leases = Files.createDirectories(dir.resolve("leases"));
        Files.copy(REPO.resolve("src/test/resources/leases/sac-test-dev-pool.json"),
                leases.resolve("sac-test-dev-pool.json"));
        Path log = dir.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                "io.scitex.console.Launcher"));
        command.addAll(List.of(verb.split(" ")));
        ProcessBuilder pb = new ProcessBuilder(command).directory(REPO.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("SAC_CONSOLE_HOME", Files.createDirectories(dir.resolve("home")).toString());
        pb.environment().put("SCITEX_HPC_LEASE_DIR", leases.toString());
        pb.environment().remove("SCITEX_AGENT_CONTAINER_YAML_DIRS");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished", verb).isTrue();

        assertThat(p.exitValue()).as("exit status of %s; stderr: %s", verb, read("err.txt")).isZero();
        if (verb.startsWith("reservations")) {
            assertThat(read("out.txt")).contains("dev-pool");
        }
        List<String> loaded = Files.readAllLines(log).stream().map(LocalVerbsClassLoadingTest::className).toList();
        assertThat(loaded).as("classes loaded by %s", verb).hasSizeGreaterThan(500)
                .noneMatch(c -> NOT_FOR_LOCAL_VERBS.stream().anyMatch(c::startsWith));
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name));
    }

    /** "[0.012s][info][class,load] java.lang.Object source: jrt:/java.base" -> "java.lang.Object". */
    private static String className(String line) {
        String[] words = line.substring(line.indexOf("] ", line.indexOf("class,load")) + 2).split(" ");
        return words[0];
    }
}
