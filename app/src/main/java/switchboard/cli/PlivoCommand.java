package switchboard.cli;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import switchboard.calls.CallObserver;
import switchboard.config.BadSetting;
import switchboard.config.Config;
import switchboard.config.Durations;
import switchboard.followups.CallFollowUps;
import switchboard.notify.Notifier;
import switchboard.plivoapi.PlivoAccount;
import switchboard.plivoapi.PlivoCallRecords;
import switchboard.plivoapi.PlivoConnection;
import switchboard.provision.Provisioning;
import switchboard.queue.QueueObserver;
import switchboard.reconcile.Reconciliation;

/** plivo provision [--dry-run] | plivo reconcile [--since 2h]. */
final class PlivoCommand {
    private static final Duration MAX_WINDOW = Duration.ofDays(30); // Plivo searches call records 30 days at a time
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "0.0.0.0", "[::1]");

    private final Config config;
    private final Jdbi jdbi;
    private final PlivoConnection plivo;
    private final PrintStream out;
    private final PrintStream err;

    PlivoCommand(Config config, Jdbi jdbi, PlivoConnection plivo, PrintStream out, PrintStream err) {
        this.config = config;
        this.jdbi = jdbi;
        this.plivo = plivo;
        this.out = out;
        this.err = err;
    }

    /** Provisioning hands Plivo URLs built from PUBLIC_URL: one Plivo cannot reach is refused. */
    static void requirePublicUrl(Config config) {
        if (LOCAL_HOSTS.contains(URI.create(config.publicUrl()).getHost())) {
            throw new BadSetting("PUBLIC_URL", "is " + config.publicUrl() + ", which Plivo cannot reach; set it to"
                    + " the public URL Plivo calls, e.g. https://abc.ngrok.app");
        }
    }

    int provision(Args args) {
        boolean dryRun = args.options().containsKey("--dry-run");
        var provisioning = new Provisioning(jdbi, new PlivoAccount(plivo), config.plivoAuthId().orElseThrow(),
                config.publicUrl());
        Provisioning.Plan plan = provisioning.plan();
        ProvisionTable table = new ProvisionTable(out, dryRun);
        if (dryRun) {
            table.application(plan.application(), plan.application().appId());
            plan.endpoints().forEach(table::planned);
        } else {
            String appId = provisioning.applyApplication(plan.application());
            table.application(plan.application(), appId);
            provisioning.applyEndpoints(plan.endpoints(), appId, table::done);
        }
        table.summary();
        return 0;
    }

    int reconcile(Args args) {
        String raw = args.options().getOrDefault("--since", "2h");
        Duration window = Durations.parse(raw).orElse(null);
        if (window == null || window.compareTo(MAX_WINDOW) > 0) {
            err.println("--since must be " + Durations.examples() + ", at most 30d; got '" + raw + "'");
            return 2;
        }
        Instant since = Instant.now().minus(window);
        // Repaired calls are followed up like any others; the server's delivery worker sends what this queues.
        // A repaired hangup of a waiting caller closes their queue entry (abandoned), as the webhook would have.
        var followUps = CallObserver.of(new QueueObserver(() -> { }),
                new CallFollowUps(new Notifier(config.notifications(), Clock.systemUTC()), config.publicUrl()));
        var reconciliation = new Reconciliation(jdbi, new PlivoCallRecords(plivo), followUps);
        Reconciliation.Report report = reconciliation.run(since);
        out.printf("Checked %d Plivo call records and %d recordings since %s.%n", report.callRecords(),
                report.recordings(), report.since().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        if (report.repaired().isEmpty()) {
            out.println("Nothing to repair.");
            return 0;
        }
        out.printf("%-8s %-38s %s%n", "CALL", "UUID", "REPAIRED");
        for (Reconciliation.Repaired r : report.repaired()) {
            out.printf("%-8d %-38s %s%n", r.callId(), r.callUuid(),
                    r.repairs().stream().map(x -> x.name().toLowerCase()).collect(Collectors.joining(", ")));
        }
        out.printf("Repaired %d call(s).%n", report.repaired().size());
        return 0;
    }
}
