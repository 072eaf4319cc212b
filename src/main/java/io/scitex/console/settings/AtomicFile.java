package io.scitex.console.settings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file atomically: the bytes go to a hidden temp file in the same folder, are flushed to disk, then the
 * temp file is renamed over the target. A crash at any point leaves either the old file or the new one, never half.
 * Temp files are named {@code .<name>.<random>.tmp}, so {@code *.json} globs never see them.
 */
public final class AtomicFile {
    /** Runs between writing the temp file and renaming it; tests use it to simulate a crash. */
    @FunctionalInterface
    public interface BeforeMove {
        void run(Path temp) throws IOException;
    }

    private final BeforeMove beforeMove;

    public AtomicFile() {
        this(temp -> {});
    }

    public AtomicFile(BeforeMove beforeMove) {
        this.beforeMove = beforeMove;
    }

    /** Writes {@code bytes} to {@code target}, creating its folder when needed. */
    public void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            beforeMove.run(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }
}
