package io.scitex.console.remote;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Match criteria the console can evaluate: all, host, originalhost, user, localuser (each may be negated). */
final class MatchBlock {
    private static final Logger LOG = LoggerFactory.getLogger(MatchBlock.class);

    private MatchBlock() {}

    static boolean matches(ConfigLine line, String alias, ConfigValues values, LocalUser local) {
        List<String> a = line.args();
        if (a.isEmpty()) {
            throw line.error("missing criteria");
        }
        boolean result = true;
        for (int i = 0; i < a.size(); i++) {
            String crit = a.get(i).toLowerCase(Locale.ROOT);
            boolean negate = crit.startsWith("!");
            if (negate) {
                crit = crit.substring(1);
            }
            if (crit.equals("all")) {
                result &= !negate;
                continue;
            }
            if (crit.equals("canonical") || crit.equals("final")) {
                result &= negate; // the console does no canonicalization pass
                continue;
            }
            if (i + 1 >= a.size()) {
                throw line.error("criterion '" + crit + "' needs an argument");
            }
            String arg = a.get(++i);
            boolean m = switch (crit) {
                case "host" -> HostPattern.hostNameList(values.currentHostName(alias), arg);
                case "originalhost" -> HostPattern.hostNameList(alias, arg);
                case "user" -> HostPattern.commaList(values.currentUser(), arg);
                case "localuser" -> HostPattern.commaList(local.name(), arg);
                default -> {
                    LOG.warn("{}:{}: Match {} is not supported; the block is skipped", line.file(), line.line(), crit);
                    yield negate;
                }
            };
            result &= negate != m;
        }
        return result;
    }
}
