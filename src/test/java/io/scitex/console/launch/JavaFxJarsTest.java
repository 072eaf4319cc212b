package io.scitex.console.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jars nested in the console's jar are unpacked once per build of the jar, next to nothing else. */
class JavaFxJarsTest {
    @TempDir
    Path dir;

    @Test
    void nestedJarsAreUnpackedOnceAndReused() throws IOException {
        Path jar = jarWith(Map.of("javafx-modules/javafx-base-1-linux.jar", "base",
                "javafx-modules/javafx-graphics-1-linux.jar", "graphics", "io/Other.class", "x"));
        Path cache = dir.resolve("cache");

        List<Path> first = JavaFxJars.extractNested(jar, cache);
        FileTime written = Files.getLastModifiedTime(first.get(0));
        List<Path> second = JavaFxJars.extractNested(jar, cache);

        assertThat(first).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("javafx-base-1-linux.jar", "javafx-graphics-1-linux.jar");
        assertThat(Files.readString(first.stream().filter(p -> p.toString().contains("base")).findFirst().get()))
                .isEqualTo("base");
        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(second.get(0))).isEqualTo(written);
    }

    @Test
    void aJarWithoutNestedJavaFxGivesNothing() throws IOException {
        Path jar = jarWith(Map.of("io/Other.class", "x"));

        assertThat(JavaFxJars.extractNested(jar, dir.resolve("cache"))).isEmpty();
    }

    @Test
    void theCacheFollowsXdgCacheHome() {
        assertThat(JavaFxJars.cacheRoot(Map.of("XDG_CACHE_HOME", "/c"))).isEqualTo(Path.of("/c/sac-console/javafx"));
        assertThat(JavaFxJars.cacheRoot(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "sac-console", "javafx"));
    }

    private Path jarWith(Map<String, String> entries) throws IOException {
        Path jar = dir.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                j.putNextEntry(new JarEntry(e.getKey()));
                j.write(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        return jar;
    }
}
