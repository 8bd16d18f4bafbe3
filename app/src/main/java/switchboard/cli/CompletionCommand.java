package switchboard.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** completion: the shell completion script of every command and option, generated from the commands themselves. */
@Command(name = "completion", header = "print the bash/zsh completion script",
        description = {"Prints a completion script for bash and zsh, for the command `switchboard`:",
                "  alias switchboard='java -jar target/switchboard.jar'",
                "  source <(switchboard completion)",
                "zsh needs `autoload -U +X bashcompinit && bashcompinit` first. Both lines can go in your shell's startup file."})
final class CompletionCommand extends InvokedCommand {
    static final String COMMAND = "switchboard";


    @Spec
    CommandSpec spec;

    CompletionCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        invocation.out().print(AutoComplete.bash(COMMAND, spec.root().commandLine()));
        return 0;
    }
}
