package io.scitex.console.remote;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files an Include argument names: '~' expanded, relative paths under ~/.ssh, glob in the file name, sorted. */
final class IncludeGlob {
    private IncludeGlob() {}

    static List<Path> expand(String arg, String home) {
        String p = arg;
        if (p.equals("~") || p.startsWith("~/")) {
            p = home + p.substring(1);
        } else if (!p.startsWith("/")) {
            p = home + "/.ssh/" + p;
        }
        Path path = Path.of(p);
        if (!hasGlob(p)) {
            return Files.isRegularFile(path) ? List.of(path) : List.of();
        }
        List<Path> found = new ArrayList<>();
        collect(Path.of("/"), path, 0, found);
        found.sort((a, b) -> a.toString().compareTo(b.toString()));
        return found;
    }

    private static void collect(Path dir, Path pattern, int index, List<Path> out) {
        if (index == pattern.getNameCount()) {
            if (Files.isRegularFile(dir)) {
                out.add(dir);
            }
            return;
        }
        String part = pattern.getName(index).toString();
        if (!hasGlob(part)) {
            collect(dir.resolve(part), pattern, index + 1, out);
            return;
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + part);
        try (Stream<Path> children = Files.list(dir)) {
            children.filter(c -> m.matches(c.getFileName()))
                    .filter(c -> part.startsWith(".") || !c.getFileName().toString().startsWith("."))
                    .forEach(c -> collect(c, pattern, index + 1, out));
        } catch (IOException e) {
            // an unreadable or missing folder matches nothing, as glob(3) does
        }
    }

    private static boolean hasGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
    }
}
