package switchboard.cli;

import picocli.CommandLine.Command;
import switchboard.config.BadSetting;
import switchboard.config.Config;
import switchboard.plivoapi.PlivoConnection;

/** plivo: Switchboard's side of a Plivo account. */
@Command(name = "plivo", header = "your Plivo account: provision, reconcile",
        description = {"Commands on your Plivo account, through its REST API, with PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN."
                + " A failure of Plivo's is one line and exit code 1."})
final class PlivoCommand extends Group {

    /** Plivo's REST API with these settings' credentials; without them, a setting to change. */
    static PlivoConnection connection(Config config) {
        return PlivoConnection.open(config).orElseThrow(() -> new BadSetting(
                config.plivoAuthId().isEmpty() ? "PLIVO_AUTH_ID" : "PLIVO_AUTH_TOKEN", "is not set; plivo commands need both"
                        + " PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN"));
    }
}
