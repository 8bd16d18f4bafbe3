package switchboard.cli;

import java.io.PrintStream;
import java.util.stream.Collectors;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import switchboard.config.BadSetting;
import switchboard.config.CannotStart;
import switchboard.plivoapi.PlivoApiError;

/**
 * Every failure as one line on stderr, and its exit code: 2 for a usage error or a setting to change, 1 for the
 * rest. No stack trace for what a person can act on; only a bug (an exception nobody expected) logs one.
 */
record Failures(PrintStream err) implements IParameterExceptionHandler, IExecutionExceptionHandler {
    static final int FAILED = 1;
    static final int USAGE = 2;
    private static final Logger log = LoggerFactory.getLogger(Failures.class);

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        err.println(problem(e));
        err.print(HelpLayout.shortUsage(command));
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        if (e instanceof BadSetting) {
            err.println("configuration error: " + e.getMessage());
            return USAGE;
        }
        if (e instanceof CannotStart c) {
            err.println(c.getMessage());
            return c.isSetting() ? USAGE : FAILED;
        }
        if (e instanceof PlivoApiError) {
            err.println("plivo: " + e.getMessage());
            return FAILED;
        }
        if (e instanceof JdbiException) {
            // e.g. a SIP URI Plivo returned that another line or app already has: say so, on one line
            Throwable cause = e.getCause() == null ? e : e.getCause();
            err.println("database: " + firstLine(cause.getMessage()));
            return FAILED;
        }
        if (e instanceof IllegalStateException) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
        log.error("unexpected failure in {}", command.getCommandSpec().qualifiedName(), e);
        err.println("error: " + firstLine(e.toString()));
        return FAILED;
    }

    /** What was wrong with the words typed, said the way a person would. */
    private static String problem(ParameterException e) {
        CommandLine command = e.getCommandLine();
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String word = u.getUnmatched().get(0);
            if (word.startsWith("-")) return "unknown option: " + word;
            if (!command.getSubcommands().isEmpty()) return "unknown command: " + (HelpLayout.path(command) + " " + word).trim();
            return "unexpected argument: " + word;
        }
        if (e instanceof MissingParameterException m) {
            return "missing " + m.getMissing().stream().map(HelpLayout::synopsis).collect(Collectors.joining(" and "));
        }
        return e.getMessage();
    }

    private static String firstLine(String text) {
        return String.valueOf(text).lines().findFirst().orElse("");
    }
}
