package io.scitex.console.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.service.LogTarget;
import io.scitex.console.slurm.OutputLog;
import io.scitex.console.testing.BurstClaude;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log writer (what tmux pipe-pane runs) and the stream script run here with a scratch HOME and a tiny cap: files
 * rotate at the cap, a stream resumed from a tail's position gets exactly what was written since, and bytes rotated
 * away before they were read are reported as a gap.
 */
class OutputLogScriptsTest {
    @TempDir
    Path home;

    private final List<String> lines = new ArrayList<>();
    private int gaps;
    private final LogTail tail = new LogTail("t1", "local", new LogTarget.Source(OutputLog.path("w"), ""), "all", 0,
            new LogTail.Listener() {
                @Override
                public void lines(List<String> l) {
                    lines.addAll(l);
                }

                @Override
                public void gap() {
                    gaps++;
                }
            }, t -> { });

    @Test
    void theWriterRotatesAtItsCapAndAResumedStreamGetsExactlyWhatFollows() throws Exception {
        write(1, 200);
        Path log = home.resolve(OutputLog.path("w"));
        assertThat(Files.size(Path.of(log + ".0"))).isEqualTo(1000);
        assertThat(Files.size(Path.of(log + ".1"))).isLessThan(1000);
        stream();
        List<Long> first = BurstClaude.numbers(lines);
        assertThat(first.get(first.size() - 1)).isEqualTo(200);
        assertThat(first).isEqualTo(BurstClaude.range(first.get(0), 200));
        assertThat(gaps).isZero();

        write(201, 250);
        lines.clear();
        stream();
        assertThat(BurstClaude.numbers(lines)).as("across one rotation").isEqualTo(BurstClaude.range(201, 250));
        assertThat(lines).hasSize(50);
        assertThat(gaps).isZero();

        write(251, 600);
        lines.clear();
        stream();
        assertThat(gaps).as("rotated twice while nobody read").isEqualTo(1);
        assertThat(Path.of(log + ".0")).doesNotExist();
        assertThat(Files.size(Path.of(log + ".4"))).as("two generations kept").isEqualTo(1000);
        List<Long> after = BurstClaude.numbers(lines);
        assertThat(after.get(after.size() - 1)).isEqualTo(600);
        assertThat(after).isEqualTo(BurstClaude.range(after.get(0), 600));
    }

    @Test
    void aLiveStreamFollowsEveryRotationAndSendsEveryByteOnceNulBytesToo() throws Exception {
        write(1, 1);
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        sent.write("line 1\n".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        String marker = "SAC-LOGS-live";
        Process p = process(List.of("bash", "-c", RemoteScripts.LOG_STREAM, "sac-logs", marker, tail.id,
                tail.source.path(), "all", "0"));
        LogFrames frames = new LogFrames(marker, new LogFrames.Sink() {
            @Override
            public void chunk(String id, String inode, long offset, byte[] bytes) {
                synchronized (got) {
                    got.writeBytes(bytes);
                }
                tail.chunk(inode, offset, bytes);
            }

            @Override
            public void gap(String id) {
                tail.gap();
            }

            @Override
            public void synced(List<String> missing) {}
        });
        Thread reader = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                byte[] buf = new byte[4096];
                for (int n; (n = in.read(buf)) >= 0; ) {
                    frames.feed(buf, 0, n);
                }
            } catch (Exception e) {
                // the stream ended
            }
        });
        reader.start();
        try {
            // the stream is kept open: it sees each generation start (cap 1000: about 7 rotations) and follows it;
            // batch 3 holds 3 NUL bytes (sent by bash's read), batch 5 holds 100 (more than it sends one by one)
            for (int i = 0; i < 12; i++) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                for (int l = 0; l < 60; l++) {
                    b.write(("b" + i + " " + l + (i == 3 && l % 20 == 0 || i == 5 && l < 50 ? "\0\0" : "")
                            + " \u00e9\r\\\n").getBytes(StandardCharsets.UTF_8));
                }
                writeBytes(b.toByteArray());
                sent.writeBytes(b.toByteArray());
                long until = System.nanoTime() + 20_000_000_000L;
                while (got.size() < sent.size() && System.nanoTime() < until) {
                    Thread.sleep(20);
                }
            }
        } finally {
            p.getOutputStream().close();
        }
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("the stream ended with its input").isTrue();
        reader.join(5000);
        try (var files = Files.list(home.resolve(OutputLog.path("w")).getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("rotated under the stream, two generations kept").contains("w.log.7", "w.log.8");
        }
        synchronized (got) {
            assertThat(got.toByteArray()).as("every byte once, in order").isEqualTo(sent.toByteArray());
        }
        assertThat(gaps).isZero();
        assertThat(lines).hasSize(1 + 12 * 60);
    }

    @Test
    void aStreamWhoseClientIsGoneEndsByItself() throws Exception {
        write(1, 10);
        // the console's side of the stream died without a hangup reaching the node (its JVM killed): the
        // script's input ends, and it must not go on looking at the logs forever
        Process p = process(List.of("bash", "-c", RemoteScripts.LOG_STREAM, "sac-logs", "SAC-LOGS-gone", tail.id,
                tail.source.path(), "all", "0"));
        p.getOutputStream().close();
        boolean ended = p.waitFor(10, TimeUnit.SECONDS);
        String out = ended ? new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
        p.destroyForcibly();
        assertThat(ended).as("the stream ended after its input did").isTrue();
        assertThat(out).as("it read the log once before ending").contains("line 10");
    }

    private void write(int from, int to) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to; i++) {
            text.append("line ").append(i).append('\n');
        }
        writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void writeBytes(byte[] bytes) throws Exception {
        Process p = process(List.of("bash", "-c", OutputLog.pipeCommand("w", 1000)));
        p.getOutputStream().write(bytes);
        p.getOutputStream().close();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }

    /** Runs the stream script from the tail's position until it has read everything once. */
    private void stream() throws Exception {
        String marker = "SAC-LOGS-localtest";
        List<String> argv = new ArrayList<>(List.of("bash", "-c", RemoteScripts.LOG_STREAM, "sac-logs", marker,
                tail.id, tail.source.path()));
        argv.addAll(tail.position());
        Process p = process(argv);
        CountDownLatch synced = new CountDownLatch(1);
        LogFrames frames = new LogFrames(marker, new LogFrames.Sink() {
            @Override
            public void chunk(String id, String inode, long offset, byte[] bytes) {
                tail.chunk(inode, offset, bytes);
            }

            @Override
            public void gap(String id) {
                tail.gap();
            }

            @Override
            public void synced(List<String> missing) {
                synced.countDown();
            }
        });
        try (InputStream in = p.getInputStream()) {
            byte[] buf = new byte[4096];
            for (int n; synced.getCount() > 0 && (n = in.read(buf)) >= 0; ) {
                frames.feed(buf, 0, n);
            }
        } finally {
            p.destroy();
        }
        assertThat(synced.getCount()).as("synced").isZero();
    }

    private Process process(List<String> argv) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("HOME", home.toString());
        return pb.start();
    }
}
