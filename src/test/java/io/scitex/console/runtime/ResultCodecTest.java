package io.scitex.console.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.testing.Bash;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResultCodecTest {

    @ParameterizedTest
    @ValueSource(strings = {"plain", "", "two\nlines", "tab\there", "cr\r\nlf", "back\\slash", "\\n literal",
            "ends with backslash\\", "ünïcødé ✓ 日本", "quote's \"double\" $(x) `y`", "\\\\\n\\t\t"})
    void whatBashEncodesJavaDecodes(String text) {
        String script = RemoteScripts.TENANT_BATCH.substring(0, RemoteScripts.TENANT_BATCH.indexOf("sock=$1"))
                + "sac_esc \"$1\"";
        Bash.Result r = Bash.run(List.of("/bin/bash", "-c", script, "codec", text), Map.of(), "");
        assertThat(r.stdout()).doesNotContain("\n", "\t", "\r");
        assertThat(ResultCodec.decode(r.stdout())).isEqualTo(text);
    }
}
