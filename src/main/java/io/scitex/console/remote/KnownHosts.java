package io.scitex.console.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** OpenSSH known_hosts files, read fresh on each check (another ssh may have added a key meanwhile). */
final class KnownHosts {
    private final List<Path> userFiles;
    private final List<Path> globalFiles;

    KnownHosts(List<Path> userFiles, List<Path> globalFiles) {
        this.userFiles = List.copyOf(userFiles);
        this.globalFiles = List.copyOf(globalFiles);
    }

    /** The name known_hosts uses for a host and port. */
    static String hostField(String host, int port) {
        String h = host.toLowerCase(Locale.ROOT);
        return port == 22 ? h : "[" + h + "]:" + port;
    }

    /** Every entry naming the host, user files first, in file order. */
    List<KnownHostEntry> entriesFor(String hostField) {
        List<KnownHostEntry> out = new ArrayList<>();
        for (Path f : allFiles()) {
            for (KnownHostEntry e : read(f)) {
                if (e.appliesTo(hostField)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** Appends an entry to the first user file (created with its folder if missing); returns that file. */
    Path append(String hostField, String keyType, byte[] blob) throws IOException {
        if (userFiles.isEmpty()) {
            throw new IOException("no UserKnownHostsFile to record the key in (UserKnownHostsFile none)");
        }
        Path f = userFiles.get(0);
        if (f.getParent() != null) {
            Files.createDirectories(f.getParent());
        }
        String prefix = Files.isRegularFile(f) && Files.size(f) > 0 && !endsWithNewline(f) ? "\n" : "";
        String line = prefix + hostField + " " + keyType + " " + Base64.getEncoder().encodeToString(blob) + "\n";
        Files.writeString(f, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return f;
    }

    String describeFiles() {
        return userFiles.isEmpty() ? "(no UserKnownHostsFile)" : userFiles.get(0).toString();
    }

    private List<Path> allFiles() {
        List<Path> all = new ArrayList<>(userFiles);
        all.addAll(globalFiles);
        return all;
    }

    private static List<KnownHostEntry> read(Path f) {
        List<KnownHostEntry> out = new ArrayList<>();
        if (!Files.isRegularFile(f)) {
            return out;
        }
        try {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                KnownHostEntry e = KnownHostEntry.parse(f, i + 1, lines.get(i));
                if (e != null) {
                    out.add(e);
                }
            }
        } catch (IOException e) {
            // an unreadable file holds no trusted key, as in OpenSSH
        }
        return out;
    }

    private static boolean endsWithNewline(Path f) throws IOException {
        byte[] b = Files.readAllBytes(f);
        return b[b.length - 1] == '\n';
    }
}
