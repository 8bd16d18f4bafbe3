package switchboard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/** A command that runs with the invocation's settings and streams, and takes -h, --help. */
abstract class InvokedCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    final Invocation invocation;

    InvokedCommand(Invocation invocation) {
        this.invocation = invocation;
    }
}
