package io.scitex.console.remote;

import java.util.ArrayList;
import java.util.List;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.Message;
import net.schmizz.sshj.common.SSHPacket;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.method.AbstractAuthMethod;

/**
 * keyboard-interactive (RFC 4256) that hands each round's prompts to the {@link Prompter} at once, so a dialog can
 * show name, instruction and every question together (sshj's own method asks one prompt at a time).
 */
final class KeyboardInteractiveAuth extends AbstractAuthMethod {
    private final Prompter prompter;
    private final String host;

    KeyboardInteractiveAuth(Prompter prompter, String host) {
        super("keyboard-interactive");
        this.prompter = prompter;
        this.host = host;
    }

    @Override
    public SSHPacket buildReq() throws UserAuthException {
        return super.buildReq().putString("").putString("");
    }

    @Override
    public void handle(Message cmd, SSHPacket buf) throws UserAuthException, TransportException {
        if (cmd != Message.USERAUTH_60) {
            super.handle(cmd, buf);
            return;
        }
        List<Prompt> prompts = new ArrayList<>();
        String name;
        String instruction;
        try {
            name = buf.readString();
            instruction = buf.readString();
            buf.readString(); // language tag
            int n = buf.readUInt32AsInt();
            for (int i = 0; i < n; i++) {
                prompts.add(new Prompt(buf.readString(), buf.readBoolean()));
            }
        } catch (Buffer.BufferException e) {
            throw new UserAuthException(e);
        }
        List<String> answers = prompts.isEmpty() ? List.of()
                : prompter.keyboardInteractive(host, name, instruction, List.copyOf(prompts));
        if (answers == null || answers.size() != prompts.size()) {
            throw new UserAuthException("keyboard-interactive login to " + host + " was cancelled");
        }
        SSHPacket reply = new SSHPacket(Message.USERAUTH_INFO_RESPONSE).putUInt32(answers.size());
        for (String a : answers) {
            reply.putSensitiveString(a.toCharArray());
        }
        params.getTransport().write(reply);
    }

    @Override
    public boolean shouldRetry() {
        return false;
    }
}
