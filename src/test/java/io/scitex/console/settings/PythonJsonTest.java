package io.scitex.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonJsonTest {
    /** Expected texts are Python 3's repr(float). */
    @ParameterizedTest
    @CsvSource({"1.0,1.0", "100.0,100.0", "0.1,0.1", "0.0001,0.0001", "0.00001,1e-05", "1e16,1e+16",
            "1e15,1000000000000000.0", "123456789.125,123456789.125", "-2.5,-2.5", "1.5e300,1.5e+300",
            "5e-324,5e-324", "0.30000000000000004,0.30000000000000004", "-0.0,-0.0", "0.0,0.0"})
    void floatsPrintAsPythonRepr(double value, String python) {
        assertThat(PythonJson.floatRepr(value)).isEqualTo(python);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a|a", "é|\\u00e9", "\u007f|\\u007f", "😀|\\ud83d\\ude00", "\\|\\\\"})
    void stringsAreAsciiEscaped(String text, String body) {
        StringBuilder out = new StringBuilder();
        PythonJson.string(text, out);
        assertThat(out).hasToString("\"" + body + "\"");
    }

    @ParameterizedTest
    @CsvSource({"b,a,1", "a,ab,-1", "\uffff,😀,-1"})
    void keysSortByCodePoint(String a, String b, int sign) {
        assertThat(Integer.signum(PythonJson.compareCodePoints(a, b))).isEqualTo(sign);
    }
}
