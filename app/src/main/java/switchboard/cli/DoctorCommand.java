package switchboard.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import switchboard.doctor.Doctor;

/** doctor. */
@Command(name = "doctor", header = "check this deployment: one line per check, with the fix",
        description = {"Checks this deployment, with the same settings as serve, and prints one line per check: ok,"
                + " warn or fail, what it found and the fix. It checks that the database is reachable and migrated;"
                + " that PUBLIC_URL is an https URL Plivo can reach; that signatures are checked; with Plivo credentials,"
                + " that they work, that the Application's answer, hangup and fallback URLs are PUBLIC_URL's (a new ngrok"
                + " URL breaks every call: plivo provision fixes it) and that every line and app has its endpoint,"
                + " attached to that Application; with SMTP_URL, that the mail server takes the login. It changes nothing.",
                "",
                "Exit code 0 when nothing failed (warnings allowed), 1 otherwise."})
final class DoctorCommand extends InvokedCommand {
    DoctorCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        AtomicBoolean failed = new AtomicBoolean();
        Doctor.run(invocation.config(), check -> {
            invocation.out().println(check.line());
            if (check.failed()) failed.set(true);
        });
        return failed.get() ? Failures.FAILED : 0;
    }
}
