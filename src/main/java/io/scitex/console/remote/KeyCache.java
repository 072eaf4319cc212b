package io.scitex.console.remote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.schmizz.sshj.Config;
import net.schmizz.sshj.common.Factory;
import net.schmizz.sshj.userauth.keyprovider.FileKeyProvider;
import net.schmizz.sshj.userauth.keyprovider.KeyFormat;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import net.schmizz.sshj.userauth.keyprovider.KeyProviderUtil;
import net.schmizz.sshj.userauth.password.PasswordFinder;
import net.schmizz.sshj.userauth.password.Resource;

/**
 * Key files loaded once per console: sshj keeps a decrypted key in its provider, so a passphrase is asked the first
 * time the server accepts that key and not again on reconnect.
 */
final class KeyCache {
    private final Config config;
    private final Prompter prompter;
    private final Map<Path, KeyProvider> providers = new ConcurrentHashMap<>();

    KeyCache(Config config, Prompter prompter) {
        this.config = config;
        this.prompter = prompter;
    }

    /** The provider for a key file, or null when the file does not exist or is no key sshj can read. */
    KeyProvider get(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return providers.computeIfAbsent(file, this::load);
    }

    private KeyProvider load(Path file) {
        try {
            KeyFormat format = KeyProviderUtil.detectKeyFileFormat(file.toFile());
            FileKeyProvider fkp = Factory.Named.Util.create(config.getFileKeyProviderFactories(), format.toString());
            if (fkp == null) {
                return null;
            }
            fkp.init(file.toFile(), new AskOnce(file));
            return fkp;
        } catch (IOException e) {
            return null;
        }
    }

    private final class AskOnce implements PasswordFinder {
        private final Path file;

        AskOnce(Path file) {
            this.file = file;
        }

        @Override
        public char[] reqPassword(Resource<?> resource) {
            String p = prompter.passphrase(file);
            return p == null ? null : p.toCharArray();
        }

        @Override
        public boolean shouldRetry(Resource<?> resource) {
            return false;
        }
    }
}
