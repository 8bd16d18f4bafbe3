package switchboard.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import switchboard.config.Config;

/** What `serve` prints once it listens: where, for whom, how safe, on what data, and what to do next. */
final class StartBanner {
    private static final String PROGRAM = "java -jar target/switchboard.jar";

    /** One line per next step, the command first; a new one (e.g. the simulator's) is one more entry. */
    private static final List<String> NEXT = List.of(
            PROGRAM + " doctor    checks this setup: one line per check, with the fix",
            PROGRAM + " simulate call --line \"Main Office\" --answer Peter    plays a call as Plivo would");

    private StartBanner() {}

    static void print(PrintStream out, Config config, Cli.Running server) {
        lines(config, server.port(), server.database()).forEach(out::println);
        out.flush();
    }

    static List<String> lines(Config config, int port, String database) {
        List<String> lines = new ArrayList<>();
        lines.add("Switchboard is running.");
        lines.add("  listening on  http://localhost:" + port);
        lines.add("  PUBLIC_URL    " + publicUrl(config));
        lines.add("  signatures    " + signatures(config));
        lines.add("  database      " + database);
        lines.add("Next:");
        lines.add("  open http://localhost:" + port + " and sign in    the dashboard: calls live, history, callbacks, directory");
        NEXT.forEach(step -> lines.add("  " + step));
        return lines;
    }

    private static String publicUrl(Config config) {
        String url = config.publicUrl();
        if (config.publicUrlIsLocal()) return url + ": this machine only, Plivo cannot reach it (set PUBLIC_URL, e.g. to your ngrok URL)";
        return url + " (Plivo calls " + url + "/plivo/answer" + (url.startsWith("https:") ? ")" : "; plain http: prefer https)");
    }

    private static String signatures(Config config) {
        if (!config.verifySignatures()) {
            return "NOT checked (PLIVO_VERIFY_SIGNATURES=false): anyone who can reach this server can forge calls";
        }
        if (config.plivoAuthToken().isEmpty()) return "checked, but PLIVO_AUTH_TOKEN is not set: every webhook is refused (403)";
        return "checked (X-Plivo-Signature-V3, with PLIVO_AUTH_TOKEN)";
    }
}
