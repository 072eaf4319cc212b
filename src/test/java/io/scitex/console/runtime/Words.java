package io.scitex.console.runtime;

import io.scitex.console.testing.Bash;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Splits shell text into words with the real bash parser (set -- ...), to check quoting end to end. */
final class Words {
    private Words() {}

    static List<String> of(String shellWords) {
        Bash.Result r = Bash.run(List.of("/bin/bash", "-c", "set -- " + shellWords + "; printf '%s\\0' \"$@\""),
                Map.of("HOME", "/home/u"), "");
        if (r.exit() != 0) {
            throw new AssertionError("bash could not split: " + r.stderr());
        }
        return Arrays.asList(r.stdout().split("\0", -1)).subList(0, r.stdout().split("\0", -1).length - 1);
    }
}
