package io.scitex.console.remote;

import com.hierynomus.sshj.transport.cipher.BlockCiphers;
import com.hierynomus.sshj.transport.cipher.ChachaPolyCiphers;
import com.hierynomus.sshj.transport.cipher.GcmCiphers;
import net.schmizz.sshj.DefaultConfig;

/**
 * sshj's defaults but for the ciphers: OpenSSH's own default list (chacha20-poly1305, AES-GCM, AES-CTR), given
 * without sshj's check of each of its 33 ciphers, which builds and initialises every one (most through BouncyCastle)
 * on every start and cost 0.6 s of a command's first connection (decision 0706). The runtime we ship has them all.
 */
final class ClientConfig extends DefaultConfig {
    @Override
    protected void initCipherFactories() {
        setCipherFactories(ChachaPolyCiphers.CHACHA_POLY_OPENSSH(), BlockCiphers.AES128CTR(),
                BlockCiphers.AES192CTR(), BlockCiphers.AES256CTR(), GcmCiphers.AES128GCM(), GcmCiphers.AES256GCM());
    }
}
