package switchboard.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import switchboard.Server;
import switchboard.cli.Cli;

/** One run of the command line: exit code, stdout, stderr, and whatever was logged meanwhile. */
public record CliRun(int code, String out, String err, String logs) {

    public static CliRun of(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        PrintStream systemErr = System.err;
        // The logger writes to System.err: catch it, to see what would reach a log file.
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            int code = new Cli(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Server::run).run(args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    logs.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(systemErr);
        }
    }
}
