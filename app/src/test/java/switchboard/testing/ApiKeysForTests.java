package switchboard.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import switchboard.Server;
import switchboard.cli.Cli;

/** Creates API keys the way an operator does: with the apikey command, against the test server's database. */
public final class ApiKeysForTests {
    private ApiKeysForTests() {}

    /** A user key bound to userId; returns the key. */
    public static String userKey(TestServer server, String name, long userId) {
        return create(server, "apikey", "create", "--name", name, "--role", "user", "--user", Long.toString(userId));
    }

    public static String adminKey(TestServer server, String name) {
        return create(server, "apikey", "create", "--name", name, "--role", "admin");
    }

    private static String create(TestServer server, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Cli(Map.of("DATABASE_URL", server.jdbcUrl()), new PrintStream(out),
                new PrintStream(new ByteArrayOutputStream()), Server::run).run(args);
        if (code != 0) throw new IllegalStateException(String.join(" ", args) + " exited " + code);
        String[] lines = out.toString().strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
