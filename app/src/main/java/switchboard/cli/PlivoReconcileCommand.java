package switchboard.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import switchboard.calls.CallObserver;
import switchboard.config.Config;
import switchboard.config.Durations;
import switchboard.followups.CallFollowUps;
import switchboard.notify.Notifier;
import switchboard.plivoapi.PlivoCallRecords;
import switchboard.plivoapi.PlivoConnection;
import switchboard.queue.QueueObserver;
import switchboard.reconcile.Reconciliation;

/** plivo reconcile [--since 2h]. */
@Command(name = "reconcile", header = "repair the call log from Plivo's call records and recordings",
        description = {"Reads Plivo's call records and recordings of the window and repairs the call log: creates"
                + " calls to our lines we never heard of, closes calls whose hangup never arrived, and fills in"
                + " voicemails whose recording callback was lost. Prints what it repaired; running it again repairs"
                + " nothing. RECONCILE_EVERY runs it inside serve."})
final class PlivoReconcileCommand extends InvokedCommand {
    private static final Duration MAX_WINDOW = Duration.ofDays(30); // Plivo searches call records 30 days at a time


    @Option(names = "--since", paramLabel = "2h", defaultValue = "2h",
            description = "how far back to look: 30m, 2h, 7d (at most 30d; default 2h)")
    String since;

    PlivoReconcileCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        Duration window = Durations.parse(since).orElse(null);
        if (window == null || window.compareTo(MAX_WINDOW) > 0) {
            invocation.err().println("--since must be " + Durations.examples() + ", at most 30d; got '" + since + "'");
            return Failures.USAGE;
        }
        Config config = invocation.config();
        PlivoConnection plivo = PlivoCommand.connection(config);
        return Invocation.withMigratedDatabase(config, db -> {
            // Repaired calls are followed up like any others; the server's delivery worker sends what this queues.
            // A repaired hangup of a waiting caller closes their queue entry (abandoned), as the webhook would have.
            var followUps = CallObserver.of(new QueueObserver(() -> { }),
                    new CallFollowUps(new Notifier(config.notifications(), Clock.systemUTC()), config.publicUrl()));
            var reconciliation = new Reconciliation(db.jdbi(), new PlivoCallRecords(plivo), followUps);
            print(reconciliation.run(Instant.now().minus(window)));
            return 0;
        });
    }

    private void print(Reconciliation.Report report) {
        var out = invocation.out();
        out.printf("Checked %d Plivo call records and %d recordings since %s.%n", report.callRecords(),
                report.recordings(), report.since().truncatedTo(ChronoUnit.SECONDS));
        if (report.repaired().isEmpty()) {
            out.println("Nothing to repair.");
            return;
        }
        out.printf("%-8s %-38s %s%n", "CALL", "UUID", "REPAIRED");
        for (Reconciliation.Repaired r : report.repaired()) {
            out.printf("%-8d %-38s %s%n", r.callId(), r.callUuid(),
                    r.repairs().stream().map(x -> x.name().toLowerCase()).collect(Collectors.joining(", ")));
        }
        out.printf("Repaired %d call(s).%n", report.repaired().size());
    }
}
