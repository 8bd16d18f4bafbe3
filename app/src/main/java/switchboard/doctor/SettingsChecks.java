package switchboard.doctor;

import static switchboard.doctor.Check.fail;
import static switchboard.doctor.Check.ok;
import static switchboard.doctor.Check.warn;

import switchboard.config.Config;

/** What the settings alone tell: where Plivo calls, and whether its requests are checked. */
final class SettingsChecks {
    private SettingsChecks() {}

    static Check publicUrl(Config config) {
        String url = config.publicUrl();
        if (config.publicUrlIsLocal()) {
            return warn("PUBLIC_URL", url + " is this machine: Plivo cannot reach it (fine for local work)", "set PUBLIC_URL to"
                    + " the https URL Plivo reaches, e.g. the one `ngrok http " + config.port() + "` prints");
        }
        if (!url.startsWith("https:")) {
            return warn("PUBLIC_URL", url + " is plain http: Plivo's requests and their signatures travel in clear",
                    "use its https URL");
        }
        return ok("PUBLIC_URL", url + " (Plivo's answer URL: " + url + "/plivo/answer)");
    }

    static Check signatures(Config config) {
        if (!config.verifySignatures()) {
            String finding = "not checked (PLIVO_VERIFY_SIGNATURES=false): anyone who can reach this server can forge calls";
            String fix = "unset PLIVO_VERIFY_SIGNATURES";
            return config.publicUrlIsLocal() ? warn("signatures", finding, fix) : fail("signatures", finding, fix);
        }
        if (config.plivoAuthToken().isEmpty()) {
            return fail("signatures", "checked, but PLIVO_AUTH_TOKEN is not set: every webhook is refused (403)",
                    "set PLIVO_AUTH_TOKEN (Plivo console, Overview)");
        }
        return ok("signatures", "checked: each webhook's X-Plivo-Signature-V3, with PLIVO_AUTH_TOKEN");
    }
}
