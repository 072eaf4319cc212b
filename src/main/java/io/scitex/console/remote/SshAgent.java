package io.scitex.console.remote;

import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.userauth.method.AuthMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of the user's ssh-agent over its Unix socket (draft-miller-ssh-agent): lists keys and asks for
 * signatures. Java 17's Unix-domain SocketChannel is enough; see docs/decisions/0202.
 */
final class SshAgent {
    private static final Logger LOG = LoggerFactory.getLogger(SshAgent.class);
    private static final byte REQUEST_IDENTITIES = 11;
    private static final byte IDENTITIES_ANSWER = 12;
    private static final byte SIGN_REQUEST = 13;
    private static final byte SIGN_RESPONSE = 14;

    private final Path socket;

    SshAgent(Path socket) {
        this.socket = socket;
    }

    /** The agent a host should use (IdentityAgent, else $SSH_AUTH_SOCK); an agent with no socket offers no keys. */
    static SshAgent forConfig(HostConfig cfg) {
        String s = cfg.identityAgent() != null ? cfg.identityAgent() : System.getenv("SSH_AUTH_SOCK");
        return new SshAgent(s == null || s.isEmpty() || s.equals("none") ? null : Path.of(s));
    }

    /** One publickey method per agent key; none when there is no agent or it cannot be reached. */
    List<AuthMethod> methods() {
        List<AuthMethod> out = new ArrayList<>();
        if (socket == null || !Files.exists(socket)) {
            return out;
        }
        try {
            Buffer.PlainBuffer answer = call(new Buffer.PlainBuffer().putByte(REQUEST_IDENTITIES), IDENTITIES_ANSWER);
            int n = answer.readUInt32AsInt();
            for (int i = 0; i < n; i++) {
                byte[] blob = answer.readBytes();
                String comment = answer.readString();
                out.add(new AgentAuth(this, blob, comment));
            }
        } catch (IOException e) {
            LOG.warn("ssh-agent at {} could not list keys: {}", socket, e.getMessage());
        }
        return out;
    }

    /** The agent's signature (string algorithm, string signature) over {@code data}. */
    byte[] sign(byte[] blob, byte[] data, int flags) throws IOException {
        Buffer.PlainBuffer req = new Buffer.PlainBuffer().putByte(SIGN_REQUEST).putBytes(blob).putBytes(data)
                .putUInt32(flags);
        try {
            return call(req, SIGN_RESPONSE).readBytes();
        } catch (Buffer.BufferException e) {
            throw new IOException("bad answer from ssh-agent at " + socket + ": " + e.getMessage(), e);
        }
    }

    private Buffer.PlainBuffer call(Buffer.PlainBuffer request, byte expected) throws IOException {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            byte[] body = request.getCompactData();
            ByteBuffer out = ByteBuffer.allocate(4 + body.length).putInt(body.length).put(body).flip();
            while (out.hasRemaining()) {
                ch.write(out);
            }
            ByteBuffer len = read(ch, 4);
            ByteBuffer msg = read(ch, len.getInt());
            byte type = msg.get();
            if (type != expected) {
                throw new IOException("ssh-agent at " + socket + " refused (answer type " + type + ")");
            }
            byte[] rest = new byte[msg.remaining()];
            msg.get(rest);
            return new Buffer.PlainBuffer(rest);
        }
    }

    private static ByteBuffer read(SocketChannel ch, int n) throws IOException {
        if (n < 0 || n > 256 * 1024) {
            throw new IOException("bad ssh-agent message length " + n);
        }
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (ch.read(b) < 0) {
                throw new EOFException("ssh-agent closed the connection");
            }
        }
        return b.flip();
    }
}
