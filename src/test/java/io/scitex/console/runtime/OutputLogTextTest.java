package io.scitex.console.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.service.LogTarget;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure parts of output logs: control sequences, lines across chunks, frames, and a tail's byte position. */
class OutputLogTextTest {
    @Test
    void controlSequencesAreStrippedAndACarriageReturnStartsTheLineOver() {
        assertThat(Ansi.strip("\u001b[1;31mred\u001b[0m plain")).isEqualTo("red plain");
        assertThat(Ansi.strip("\u001b]0;title\u0007after")).isEqualTo("after");
        assertThat(Ansi.strip("\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\")).isEqualTo("link");
        assertThat(Ansi.strip("\u001b(Bcharset \u001b=keypad")).isEqualTo("charset keypad");
        assertThat(Ansi.strip("10%\r50%\r100%")).isEqualTo("100%");
        assertThat(Ansi.strip("crlf\r")).isEqualTo("crlf");
        assertThat(Ansi.strip("tab\there\u0007\b")).isEqualTo("tab\there");
        assertThat(Ansi.strip("plain ü €")).isEqualTo("plain ü €");
        assertThat(Ansi.strip("cut \u001b[")).isEqualTo("cut ");
    }

    @Test
    void linesComeWholeWhereverTheChunksAreCut() {
        byte[] all = "one\r\n\u001b[32mtwo\u001b[0m\r\nü€ three\npart".getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= all.length; cut++) {
            LogText t = new LogText();
            List<String> got = new ArrayList<>(t.lines(java.util.Arrays.copyOfRange(all, 0, cut)));
            got.addAll(t.lines(java.util.Arrays.copyOfRange(all, cut, all.length)));
            assertThat(got).as("cut at %d", cut).containsExactly("one", "two", "ü€ three");
            assertThat(t.pending()).isEqualTo("part");
        }
    }

    record Got(String id, String inode, long offset, String text) {}

    @Test
    void framesSkipTheLoginNoiseAndKeepExactBodiesInAnyPieces() {
        String stream = "motd line\r\nSAC-LOGS-abcdefgh\nSAC-LOG\tt1\t42\t0\t6\nab\ncd\nSAC-LOG-GAP\tt2\n"
                + "SAC-LOG\tt2\t7\t5\t0\nSAC-LOG-SYNC\tt3 t4\n";
        byte[] b = stream.getBytes(StandardCharsets.UTF_8);
        for (int piece = 1; piece <= b.length; piece++) {
            List<Object> got = new ArrayList<>();
            LogFrames f = new LogFrames("SAC-LOGS-abcdefgh", sink(got));
            for (int i = 0; i < b.length; i += piece) {
                f.feed(b, i, Math.min(piece, b.length - i));
            }
            assertThat(got).as("pieces of %d", piece).containsExactly(new Got("t1", "42", 0, "ab\ncd\n"), "gap t2",
                    new Got("t2", "7", 5, ""), List.of("t3", "t4"));
        }
        LogFrames bad = new LogFrames("SAC-LOGS-abcdefgh", sink(new ArrayList<>()));
        byte[] junk = "SAC-LOGS-abcdefgh\nnot a header\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> bad.feed(junk, 0, junk.length)).hasMessageContaining("not a header");
    }

    private static LogFrames.Sink sink(List<Object> got) {
        return new LogFrames.Sink() {
            @Override
            public void chunk(String id, String inode, long offset, byte[] bytes) {
                got.add(new Got(id, inode, offset, new String(bytes, StandardCharsets.UTF_8)));
            }

            @Override
            public void gap(String id) {
                got.add("gap " + id);
            }

            @Override
            public void synced(List<String> missing) {
                got.add(missing);
            }
        };
    }

    @Test
    void aTailResumesAtItsByteCutsRepeatsNoticesGapsAndFollowsARotation() {
        List<String> lines = new ArrayList<>();
        int[] gaps = {0};
        LogTail t = new LogTail("t1", "h", new LogTarget.Source("p", ""), "all", 0, new LogTail.Listener() {
            @Override
            public void lines(List<String> l) {
                lines.addAll(l);
            }

            @Override
            public void gap() {
                gaps[0]++;
            }
        }, x -> { });
        assertThat(t.position()).containsExactly("all", "0");
        t.chunk("10", 0, bytes("a\nb\n"));
        assertThat(t.position()).containsExactly("10", "4");
        t.chunk("10", 2, bytes("b\nc\n"));
        assertThat(lines).as("the repeated line is cut").containsExactly("a", "b", "c");
        t.chunk("10", 0, bytes("a\n"));
        assertThat(lines).hasSize(3);
        t.chunk("11", 0, bytes("d\n"));
        assertThat(t.position()).as("rotated: the next file from its start").containsExactly("11", "2");
        t.chunk("11", 4, bytes("f\n"));
        assertThat(gaps[0]).as("bytes 2..4 never came").isEqualTo(1);
        assertThat(lines).containsExactly("a", "b", "c", "d", "f");
        assertThat(t.position()).containsExactly("11", "6");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
