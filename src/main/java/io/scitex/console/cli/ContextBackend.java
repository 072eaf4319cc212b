package io.scitex.console.cli;

/** The verbs' services from the console's composition root (app.ConsoleContext). */
final class ContextBackend {
    private ContextBackend() {}

    static CliBackend open(GlobalOptions options, CliEnv env) {
        throw new CliException(ExitStatus.FAILED, "error: this build has no agent services yet");
    }
}
