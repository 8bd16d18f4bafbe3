package switchboard.cli;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;
import switchboard.provision.Provisioning.Action;
import switchboard.provision.Provisioning.AppPlan;
import switchboard.provision.Provisioning.EndpointPlan;
import switchboard.provision.Provisioning.Outcome;

/** What `plivo provision` prints: the Application, then one row per line and app, as each is settled. */
final class ProvisionTable {
    private static final String ROW = "%-5s %-5s %-24s %-13s %-52s %s%n";

    private final PrintStream out;
    private final boolean dryRun;
    private final Map<Action, Integer> counts = new EnumMap<>(Action.class);
    private boolean passwords;

    ProvisionTable(PrintStream out, boolean dryRun) {
        this.out = out;
        this.dryRun = dryRun;
    }

    void application(AppPlan app, String appId) {
        if (dryRun) out.println("Dry run: nothing is changed on Plivo or in the database.");
        out.printf("Plivo application %s (%s): %s%n", "Switchboard", appId == null ? "new" : appId, result(app.action()));
        out.printf("  answer_url    %s%n  hangup_url    %s%n  fallback_url  %s%n%n", app.urls().answer(),
                app.urls().hangup(), app.urls().fallback());
        out.printf(ROW, "KIND", "ID", "NAME", "RESULT", "SIP URI", "PASSWORD");
    }

    void planned(EndpointPlan p) {
        String sipUri = p.action() == Action.CREATE ? "sip:" + p.username() + "<digits>@phone.plivo.com"
                : p.existing().sipUri();
        line(p.row().kind(), p.row().id(), p.row().name(), p.action(), sipUri, null);
    }

    void done(Outcome o) {
        line(o.row().kind(), o.row().id(), o.row().name(), o.action(), o.sipUri(), o.password());
    }

    void summary() {
        String verb = dryRun ? "would be " : "";
        out.printf("%n%d %screated, %d %supdated, %d %sadopted, %d left alone.%n", count(Action.CREATE), verb,
                count(Action.UPDATE), verb, count(Action.ADOPT), verb, count(Action.UNCHANGED));
        if (passwords) {
            out.println("The passwords are shown only now and stored nowhere: enter each in its SIP client"
                    + " (the username is the SIP URI's user part).");
        }
    }

    private void line(String kind, long id, String name, Action action, String sipUri, String password) {
        counts.merge(action, 1, Integer::sum);
        passwords |= password != null;
        String shortName = name.length() <= 24 ? name : name.substring(0, 23) + "…";
        out.printf(ROW, kind, id, shortName, result(action), sipUri, password == null ? "-" : password);
    }

    private int count(Action action) {
        return counts.getOrDefault(action, 0);
    }

    private String result(Action action) {
        return switch (action) {
            case CREATE -> dryRun ? "would create" : "created";
            case UPDATE -> dryRun ? "would update" : "updated";
            case ADOPT -> dryRun ? "would adopt" : "adopted";
            case UNCHANGED -> "unchanged";
        };
    }
}
