package io.scitex.console.remote;

import java.io.IOException;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.Message;
import net.schmizz.sshj.common.SSHPacket;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.method.AbstractAuthMethod;

/** publickey authentication with a key held by ssh-agent: asks whether the server takes it, then has the agent sign. */
final class AgentAuth extends AbstractAuthMethod {
    private static final int RSA_SHA2_512 = 4;

    private final SshAgent agent;
    private final byte[] blob;
    private final String comment;
    private final String keyType;

    AgentAuth(SshAgent agent, byte[] blob, String comment) throws Buffer.BufferException {
        super("publickey");
        this.agent = agent;
        this.blob = blob;
        this.comment = comment;
        this.keyType = new Buffer.PlainBuffer(blob).readString();
    }

    private String algorithm() {
        return keyType.equals("ssh-rsa") ? "rsa-sha2-512" : keyType;
    }

    @Override
    public SSHPacket buildReq() throws UserAuthException {
        return super.buildReq().putBoolean(false).putString(algorithm()).putBytes(blob);
    }

    @Override
    public void handle(Message cmd, SSHPacket buf) throws UserAuthException, TransportException {
        if (cmd != Message.USERAUTH_60) {
            super.handle(cmd, buf);
            return;
        }
        SSHPacket req = super.buildReq().putBoolean(true).putString(algorithm()).putBytes(blob);
        byte[] data = new Buffer.PlainBuffer().putString(params.getTransport().getSessionID()).putBuffer(req)
                .getCompactData();
        try {
            req.putBytes(agent.sign(blob, data, keyType.equals("ssh-rsa") ? RSA_SHA2_512 : 0));
        } catch (IOException e) {
            throw new UserAuthException("ssh-agent did not sign with key " + comment + ": " + e.getMessage(), e);
        }
        params.getTransport().write(req);
    }

    @Override
    public String toString() {
        return "agent key " + comment;
    }
}
