package switchboard.doctor;

import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.config.Config;
import switchboard.db.Database;
import switchboard.plivoapi.PlivoConnection;

/** `doctor`: a deployment checked in the order a newcomer fixes it, each finding reported as soon as it is known. */
public final class Doctor {
    private static final Logger log = LoggerFactory.getLogger(Doctor.class);

    private Doctor() {}

    public static void run(Config config, Consumer<Check> report) {
        report.accept(SettingsChecks.publicUrl(config));
        report.accept(SettingsChecks.signatures(config));
        Optional<Database> db = DatabaseCheck.open(config, report);
        try {
            PlivoChecks.run(config, db.map(Database::jdbi), report);
        } finally {
            db.ifPresent(Database::close);
        }
        report.accept(MailCheck.mail(config));
    }

    /**
     * `serve`, once at start, off the request path: Plivo's Application still answering at PUBLIC_URL (a free ngrok
     * URL changes on every restart, and then every call fails). Logged loudly when not; start-up never waits for it.
     */
    public static void checkPlivoInBackground(Config config, Jdbi jdbi) {
        Optional<PlivoConnection> plivo = PlivoConnection.open(config);
        if (plivo.isEmpty()) return;
        Thread check = new Thread(() -> {
            Check application = PlivoChecks.application(config, jdbi, plivo.get());
            if (!application.failed()) log.info("Plivo: {}", application.finding());
            else if (application.name().equals("application")) log.warn("!!! {}{} !!!", application.finding(), application.advice());
            else log.warn("Could not check Plivo's Application: {}", application.finding());
        }, "plivo-url-check");
        check.setDaemon(true);
        check.start();
    }
}
