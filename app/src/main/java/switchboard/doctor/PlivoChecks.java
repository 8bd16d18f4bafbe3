package switchboard.doctor;

import static switchboard.doctor.Check.fail;
import static switchboard.doctor.Check.ok;
import static switchboard.doctor.Check.warn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import switchboard.config.BadSetting;
import switchboard.config.Config;
import switchboard.plivoapi.PlivoAccount;
import switchboard.plivoapi.PlivoAccount.Urls;
import switchboard.plivoapi.PlivoApiError;
import switchboard.plivoapi.PlivoConnection;
import switchboard.provision.Provisioning;
import switchboard.provision.Provisioning.Action;
import switchboard.provision.Provisioning.AppPlan;
import switchboard.provision.Provisioning.EndpointPlan;

/**
 * The Plivo account, read the way `plivo provision` reads it (its plan, nothing changed): the credentials work, the
 * Application's URLs are PUBLIC_URL's, and every line and app has its endpoint, attached to that Application.
 */
final class PlivoChecks {
    private static final String PROVISION = Check.RUN + " plivo provision";
    private static final int NAMED = 3; // offending lines and apps named in one line; the rest counted

    private PlivoChecks() {}

    static void run(Config config, Optional<Jdbi> jdbi, Consumer<Check> report) {
        Optional<PlivoConnection> plivo = connection(config, report);
        if (plivo.isEmpty() || jdbi.isEmpty()) return;
        Provisioning.Plan plan;
        try {
            plan = provisioning(config, jdbi.get(), plivo.get()).plan();
        } catch (PlivoApiError e) {
            report.accept(failed(e));
            return;
        }
        report.accept(ok("plivo", "PLIVO_AUTH_ID " + config.plivoAuthId().orElseThrow() + " and its token accepted"));
        report.accept(application(plan.application()));
        report.accept(endpoints(plan));
    }

    /** `serve`'s check at start: the Application alone. */
    static Check application(Config config, Jdbi jdbi, PlivoConnection plivo) {
        try {
            return application(provisioning(config, jdbi, plivo).application());
        } catch (PlivoApiError e) {
            return failed(e);
        }
    }

    private static Optional<PlivoConnection> connection(Config config, Consumer<Check> report) {
        boolean id = config.plivoAuthId().isPresent();
        boolean token = config.plivoAuthToken().isPresent();
        if (!id && !token) {
            report.accept(warn("plivo", "PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN are not set: Plivo's account is not checked,"
                    + " and Plivo's webhooks are refused", "set both (Plivo console, Overview)"));
            return Optional.empty();
        }
        if (id != token) {
            report.accept(fail("plivo", (id ? "PLIVO_AUTH_TOKEN" : "PLIVO_AUTH_ID") + " is not set", "set it (Plivo console, Overview)"));
            return Optional.empty();
        }
        try {
            return PlivoConnection.open(config);
        } catch (BadSetting e) {
            report.accept(fail("plivo", e.getMessage(), "copy it from the Plivo console, Overview"));
            return Optional.empty();
        }
    }

    private static Provisioning provisioning(Config config, Jdbi jdbi, PlivoConnection plivo) {
        return new Provisioning(jdbi, new PlivoAccount(plivo), config.plivoAuthId().orElseThrow(), config.publicUrl());
    }

    private static Check failed(PlivoApiError e) {
        if (e.kind() == PlivoApiError.Kind.BAD_CREDENTIALS) {
            return fail("plivo", "Plivo refused PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN (HTTP 401)",
                    "copy both from the Plivo console, Overview");
        }
        return fail("plivo", e.getMessage(), "run doctor again once Plivo answers");
    }

    static Check application(AppPlan app) {
        if (app.existing() == null) {
            return fail("application", "Plivo has no Application \"" + Provisioning.APPLICATION_NAME + "\": calls to the lines"
                    + " reach nothing", PROVISION);
        }
        String which = "Plivo's Application " + app.existing().name() + " (" + app.existing().id() + ")";
        Urls theirs = app.existing().urls();
        Urls ours = app.urls();
        if (!theirs.equals(ours)) {
            List<String> others = new ArrayList<>();
            if (!ours.hangup().equals(theirs.hangup())) others.add("hangup_url");
            if (!ours.fallback().equals(theirs.fallback())) others.add("fallback_url");
            String first = !ours.answer().equals(theirs.answer()) ? "answer_url " + theirs.answer() + ", not " + ours.answer()
                    : others.remove(0) + " differs from PUBLIC_URL's";
            return fail("application", which + " has " + first + (others.isEmpty() ? "" : " (and " + String.join(", ", others)
                    + ")") + ": calls go where this server is not (a new ngrok URL?)", PROVISION);
        }
        if (app.action() == Action.ADOPT) {
            return ok("application", which + " answers at PUBLIC_URL (not recorded here yet: plivo provision records it)");
        }
        return ok("application", which + " answers at " + ours.answer());
    }

    private static Check endpoints(Provisioning.Plan plan) {
        List<EndpointPlan> wrong = plan.endpoints().stream().filter(p -> p.action() != Action.UNCHANGED).toList();
        if (wrong.isEmpty()) {
            return ok("endpoints", "every line and app (" + plan.endpoints().size() + ") has its endpoint, attached to the Application");
        }
        List<String> named = wrong.stream().limit(NAMED).map(PlivoChecks::problem).toList();
        String more = wrong.size() > NAMED ? " (and " + (wrong.size() - NAMED) + " more)" : "";
        return fail("endpoints", wrong.size() + " of " + plan.endpoints().size() + " lines and apps: " + String.join("; ", named)
                + more, PROVISION);
    }

    private static String problem(EndpointPlan p) {
        String who = p.row().kind() + " " + p.row().name();
        return switch (p.action()) {
            case CREATE -> who + " has no endpoint";
            case UPDATE -> who + "'s endpoint is not attached to the Application";
            case ADOPT -> who + "'s endpoint " + p.existing().id() + " is on Plivo but not recorded here";
            case UNCHANGED -> who;
        };
    }
}
