package io.scitex.console.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds JavaFX's modular jars for the window: the folder named by {@code -Dsac.javafx.dir} (the app image), else the
 * jars nested under {@code javafx-modules/} in the running jar (copied once to a cache folder), else the JavaFX jars
 * on the class path (runs from Maven or an IDE).
 */
public final class JavaFxJars {
    static final String DIR_PROPERTY = "sac.javafx.dir";
    private static final String NESTED = "javafx-modules/";

    private JavaFxJars() {}

    /** The modular jars to put on a module path; empty when none are found. */
    public static List<Path> find(Map<String, String> env) {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir != null) {
            return jarsIn(Path.of(dir));
        }
        Optional<Path> ownJar = ownJar();
        if (ownJar.isPresent()) {
            List<Path> nested = extractNested(ownJar.get(), cacheRoot(env));
            if (!nested.isEmpty()) {
                return nested;
            }
        }
        return onClassPath(System.getProperty("java.class.path", ""));
    }

    /** JavaFX's platform jars on a class path (the ones with module-info; the empty per-platform stubs are left out). */
    static List<Path> onClassPath(String classPath) {
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            if (name.startsWith("javafx-") && name.endsWith(".jar") && hasModuleInfo(p)) {
                jars.add(p);
            }
        }
        return jars;
    }

    private static List<Path> jarsIn(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the JavaFX modules in " + dir, e);
        }
    }

    /** Copies the nested jars to {@code cache/<jar size>-<jar time>/} unless they are there already. */
    static List<Path> extractNested(Path jar, Path cache) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Path target = cache.resolve(Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis());
            List<Path> out = new ArrayList<>();
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (!e.isDirectory() && e.getName().startsWith(NESTED) && e.getName().endsWith(".jar")) {
                    Path dest = target.resolve(e.getName().substring(NESTED.length()));
                    if (!Files.isRegularFile(dest) || Files.size(dest) != e.getSize()) {
                        copy(file, e, dest);
                    }
                    out.add(dest);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack JavaFX from " + jar + " into " + cache + ": " + e.getMessage(), e);
        }
    }

    private static void copy(JarFile file, JarEntry e, Path dest) throws IOException {
        Files.createDirectories(dest.getParent());
        Path tmp = Files.createTempFile(dest.getParent(), ".part", ".jar");
        try (InputStream in = file.getInputStream(e)) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Optional<Path> ownJar() {
        try {
            Path p = Path.of(JavaFxJars.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code $XDG_CACHE_HOME/sac-console/javafx}, else {@code ~/.cache/sac-console/javafx}. */
    static Path cacheRoot(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("sac-console").resolve("javafx");
    }

    private static boolean hasModuleInfo(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry("module-info.class") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
