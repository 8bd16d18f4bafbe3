package switchboard.simulator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import switchboard.testing.TestServer;

/** Runs the simulate command in-process, as a user would from the command line, and keeps what it printed. */
record SimRun(int exit, String out, String err) {

    /** Against the test server: its address, PUBLIC_URL, auth token and API token, as a user would set them. */
    static SimRun against(TestServer server, String... args) {
        return with(env(server), args);
    }

    static Map<String, String> env(TestServer server) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", Integer.toString(server.port()));
        env.put("PUBLIC_URL", TestServer.PUBLIC_URL);
        env.put("PLIVO_AUTH_TOKEN", TestServer.AUTH_TOKEN);
        env.put("API_TOKEN", TestServer.API_TOKEN);
        return env;
    }

    static SimRun with(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        int exit = SimulateCommand.commandLine(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(all.toArray(String[]::new));
        return new SimRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
