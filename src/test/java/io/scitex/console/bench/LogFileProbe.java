package io.scitex.console.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The first part of {@link LogLatencyBench}'s latency: from the stamp to its bytes in the log file on the node,
 * read here every 20 ms when the cluster's home is on this machine (the local test cluster). What is left of the
 * end-to-end figure is the stream: the script's look, SSH and the Java reader.
 */
final class LogFileProbe implements Runnable {
    final List<Double> latencies = new CopyOnWriteArrayList<>();
    private final List<Path> files;
    private final Map<Path, Long> read = new HashMap<>();
    volatile boolean measuring;
    private volatile boolean stopped;

    LogFileProbe(List<Path> files) {
        this.files = files;
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        while (!stopped) {
            for (Path f : files) {
                try {
                    look(f);
                } catch (IOException e) {
                    // not there yet
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void look(Path f) throws IOException {
        long size = Files.size(f);
        Long was = read.putIfAbsent(f, size);
        if (was == null || size <= was) {
            return;
        }
        double now = System.currentTimeMillis() / 1e3;
        ByteBuffer b = ByteBuffer.allocate((int) (size - was));
        try (FileChannel c = FileChannel.open(f, StandardOpenOption.READ)) {
            c.read(b, was);
        }
        read.put(f, size);
        if (!measuring) {
            return;
        }
        for (String l : new String(b.array(), StandardCharsets.ISO_8859_1).split("\n")) {
            int i = l.indexOf("stamp ");
            if (i >= 0) {
                try {
                    latencies.add((now - Double.parseDouble(l.substring(i + 6).strip())) * 1000);
                } catch (NumberFormatException e) {
                    // a line cut by the pane's redraw
                }
            }
        }
    }
}
