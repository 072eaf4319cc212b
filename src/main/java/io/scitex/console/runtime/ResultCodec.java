package io.scitex.console.runtime;

/** Decodes the one-line fields written by {@code sac_esc} in the remote scripts: \\ \n \t \r. */
final class ResultCodec {
    private ResultCodec() {}

    static String decode(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\' || i + 1 == field.length()) {
                out.append(c);
                continue;
            }
            char n = field.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                default -> out.append(n);
            }
        }
        return out.toString();
    }
}
