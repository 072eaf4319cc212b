package io.scitex.console.remote;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The local side of ssh_config tokens.
 *
 * @param name local user name (%u, default remote user)
 * @param home home folder (%d, '~')
 * @param hostName local host name (%l)
 * @param uid numeric user id (%i)
 */
public record LocalUser(String name, String home, String hostName, String uid) {

    /** The user running this JVM. */
    public static LocalUser current() {
        return new LocalUser(System.getProperty("user.name"), System.getProperty("user.home"), localHostName(), currentUid());
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private static String currentUid() {
        // /proc/self belongs to the running process's user on Linux; the home folder's owner is the fallback
        for (Path p : new Path[] {Path.of("/proc/self"), Path.of(System.getProperty("user.home"))}) {
            try {
                return String.valueOf(Files.getAttribute(p, "unix:uid"));
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                // try the next
            }
        }
        return "0";
    }
}
