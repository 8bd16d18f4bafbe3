package switchboard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only leads to others (db, apikey, plivo): named alone, it says which there are. */
abstract class Group implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), spec.name() + " needs a command: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
