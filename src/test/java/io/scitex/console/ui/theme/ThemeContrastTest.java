package io.scitex.console.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WCAG contrast of the console's own colours on the AtlantaFX backgrounds they are drawn on (read from the theme's
 * stylesheet itself): state texts on plain and odd table rows, host-chip texts on their chips. At least 4.5:1.
 */
class ThemeContrastTest {
    private static final Pattern VAR = Pattern.compile("(-[a-z-]+):\\s*(#[0-9a-fA-F]{6})\\s*;");
    private static final List<String> STATES = List.of("-sac-running", "-sac-pending", "-sac-stopped",
            "-sac-problem", "-sac-unknown");

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyConsoleColourHasFourAndAHalfToOneContrast(boolean dark) throws Exception {
        Map<String, String> c = vars("/atlantafx/base/theme/" + (dark ? "primer-dark.css" : "primer-light.css"));
        c.putAll(vars(Theme.BASE));
        if (dark) {
            c.putAll(vars(Theme.DARK));
        }
        for (String state : STATES) {
            for (String bg : List.of("-color-bg-default", "-color-bg-subtle")) {
                assertThat(contrast(c.get(state), c.get(bg))).as(state + " on " + bg + (dark ? " (dark)" : ""))
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
        for (String chip : List.of("-sac-running", "-sac-pending", "-sac-problem")) {
            assertThat(contrast(c.get("-sac-chip-text"), c.get(chip))).as("chip text on " + chip
                    + (dark ? " (dark)" : "")).isGreaterThanOrEqualTo(4.5);
        }
    }

    private static Map<String, String> vars(String resource) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Theme.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Matcher m = VAR.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                out.putIfAbsent(m.group(1), m.group(2));
            }
        }
        return out;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
