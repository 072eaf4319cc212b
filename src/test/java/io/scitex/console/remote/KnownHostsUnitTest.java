package io.scitex.console.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** known_hosts parsing and matching: plain, patterns, hashed names, markers, line numbers, appending. */
class KnownHostsUnitTest {
    private static final String KEY = "AAAAC3NzaC1lZDI1NTE5AAAAIC+2XEiHiYP6Bh+t0NG/gBPnZqSF0D9jX/iygdQtUCV8";

    @TempDir
    Path tmp;

    @Test
    void findsEntriesWithTheirLinesAcrossFormats() throws Exception {
        byte[] salt = "0123456789abcdefghij".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(salt, "HmacSHA1"));
        String hashed = "|1|" + Base64.getEncoder().encodeToString(salt) + "|"
                + Base64.getEncoder().encodeToString(mac.doFinal("[gw.example]:2222".getBytes(StandardCharsets.UTF_8)));
        Path f = tmp.resolve("known_hosts");
        Files.write(f, List.of("# comment", "", "*.corp,!bad.corp ssh-ed25519 " + KEY, hashed + " ssh-ed25519 " + KEY,
                "@revoked old.example ssh-ed25519 " + KEY, "garbage line"));
        KnownHosts kh = new KnownHosts(List.of(f), List.of());
        assertThat(kh.entriesFor("a.corp")).extracting(KnownHostEntry::line).containsExactly(3);
        assertThat(kh.entriesFor("bad.corp")).isEmpty();
        assertThat(kh.entriesFor(KnownHosts.hostField("GW.example", 2222))).extracting(KnownHostEntry::line).containsExactly(4);
        assertThat(kh.entriesFor("gw.example")).isEmpty();
        assertThat(kh.entriesFor("old.example")).singleElement().matches(KnownHostEntry::revoked);
        assertThat(kh.entriesFor("a.corp").get(0).fingerprint()).isEqualTo("SHA256:pT6vjpDCln6Xulbxst+3nJfQ3DEcvBY/OoFbx+w7pLU"); // as ssh-keygen -l prints it
    }

    @Test
    void appendsToTheFirstUserFileCreatingItsFolder() throws Exception {
        Path f = tmp.resolve("new/dir/known_hosts");
        KnownHosts kh = new KnownHosts(List.of(f, tmp.resolve("second")), List.of());
        kh.append("[h]:2222", "ssh-ed25519", Base64.getDecoder().decode(KEY));
        assertThat(Files.readAllLines(f)).containsExactly("[h]:2222 ssh-ed25519 " + KEY);
        assertThat(kh.entriesFor("[h]:2222")).hasSize(1);
    }
}
