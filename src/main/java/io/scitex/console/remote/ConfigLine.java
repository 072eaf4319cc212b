package io.scitex.console.remote;

import java.nio.file.Path;
import java.util.List;

/**
 * One directive of an ssh_config file.
 *
 * @param file the file it was read from
 * @param line 1-based line number
 * @param column 1-based column of the keyword
 * @param keyword lower-cased keyword
 * @param args the arguments, quotes removed
 */
record ConfigLine(Path file, int line, int column, String keyword, List<String> args) {

    String first() {
        return args.isEmpty() ? "" : args.get(0);
    }

    SshConfigException error(String message) {
        return new SshConfigException(file, line, column, keyword + ": " + message);
    }
}
