package switchboard.cli;

import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/** --help anywhere prints the help of the command named (`--help db seed` is db seed's), before any setting is read. */
record HelpFirst(PrintStream out) implements IExecutionStrategy {

    @Override
    public int execute(ParseResult parsed) {
        List<CommandLine> named = parsed.asCommandLineList();
        if (named.stream().anyMatch(CommandLine::isUsageHelpRequested)) {
            named.get(named.size() - 1).usage(out);
            return 0;
        }
        if (named.stream().anyMatch(CommandLine::isVersionHelpRequested)) {
            named.get(0).printVersionHelp(out);
            return 0;
        }
        return new CommandLine.RunLast().execute(parsed);
    }
}
