package io.scitex.console.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A verb: opens the services, calls them, prints what they return; never decides anything itself. */
abstract class Verb implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (CliBackend backend = root().openBackend(err())) {
            return run(backend);
        } finally {
            out().flush();
            err().flush();
        }
    }

    abstract int run(CliBackend backend) throws Exception;

    SacCommand root() {
        return SacCommand.of(spec);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
