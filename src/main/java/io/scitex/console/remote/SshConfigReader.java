package io.scitex.console.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits an ssh_config file into directives the way OpenSSH's readconf.c does (keyword, optional '=', quoted args). */
final class SshConfigReader {
    private SshConfigReader() {}

    static List<ConfigLine> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SshConfigException("cannot read ssh config " + file + ": " + e.getMessage(), e);
        }
        List<ConfigLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ConfigLine l = parseLine(file, i + 1, lines.get(i));
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    static ConfigLine parseLine(Path file, int lineNo, String text) {
        int i = skipBlank(text, 0);
        if (i >= text.length() || text.charAt(i) == '#') {
            return null;
        }
        int kwStart = i;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '=') {
            i++;
        }
        String keyword = text.substring(kwStart, i).toLowerCase(Locale.ROOT);
        i = skipBlank(text, i);
        if (i < text.length() && text.charAt(i) == '=') {
            i = skipBlank(text, i + 1);
        }
        List<String> args = new ArrayList<>();
        while (i < text.length()) {
            StringBuilder word = new StringBuilder();
            int wordStart = i;
            boolean quoted = false;
            while (i < text.length() && (quoted || !Character.isWhitespace(text.charAt(i)))) {
                char c = text.charAt(i++);
                if (c == '"') {
                    quoted = !quoted;
                } else {
                    word.append(c);
                }
            }
            if (quoted) {
                throw new SshConfigException(file, lineNo, wordStart + 1, keyword + ": unterminated quote");
            }
            args.add(word.toString());
            i = skipBlank(text, i);
        }
        return new ConfigLine(file, lineNo, kwStart + 1, keyword, List.copyOf(args));
    }

    private static int skipBlank(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
