package switchboard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The top command: without a command it serves. Its help lists every command and every setting. */
@Command(name = "java -jar target/switchboard.jar", versionProvider = BuildVersion.class,
        description = {"Switchboard: call forwarding on Plivo. Every setting comes from the environment (below);"
                + " without a command it serves."},
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  PORT                     HTTP port (default 8080)",
            "  DATABASE_URL             postgres://user:pass@host:port/db or jdbc:postgresql:...; unset: an",
            "                           embedded PostgreSQL under SWITCHBOARD_DATA_DIR (default ./.switchboard)",
            "  PUBLIC_URL               the base URL Plivo reaches (e.g. https://abc.ngrok.app); used for every",
            "                           callback URL and for signature checks (default http://localhost:PORT)",
            "  PLIVO_AUTH_ID            your Plivo auth id",
            "  PLIVO_AUTH_TOKEN         your Plivo auth token; webhooks are refused without it",
            "  PLIVO_VERIFY_SIGNATURES  false to accept unsigned webhooks (local work only; default true)",
            "  API_TOKEN                a bootstrap admin key for the JSON API (/api/*)",
            "  PLIVO_API_URL            Plivo's REST API (default https://api.plivo.com)",
            "  PLIVO_API_TIMEOUT        how long to wait for Plivo's REST API (default 15s)",
            "  RECONCILE_EVERY          run plivo reconcile inside serve this often, e.g. 15m (default: never)",
            "  VOICEMAIL_TRANSCRIPTION  auto: ask Plivo to transcribe voicemails (default off)",
            "  SMTP_URL                 smtp://user:pass@host:587 or smtps://...:465 for notification mails;",
            "                           unset: mails are written to the log",
            "  MAIL_FROM                the mails' sender, e.g. Switchboard <switchboard@example.com>",
            "  WEBHOOK_URLS             comma-separated URLs that receive signed event webhooks",
            "  WEBHOOK_SECRET           the HMAC-SHA256 key of their X-Switchboard-Signature (16+ characters)",
            "  DEFAULT_REGION           the country of national numbers in contacts, e.g. FR (default: none,",
            "                           numbers need their country code)",
            "  CALLER_LOOKUP_URL        ask this URL (signed GET) about callers the contacts do not know",
            "  CALLER_LOOKUP_TIMEOUT    the lookup's hard budget, at most 2s (default 300ms)",
            "  CALENDAR_SECRET          the key the rota's calendar feed URLs are signed with (16+ characters)",
            "  SIMULATOR                on: the dashboard's Try a call page (default on with the embedded",
            "                           database, off with DATABASE_URL)",
            "  METRICS_TOKEN            turns GET /metrics on for Prometheus, which sends it as a Bearer token",
            "",
            "Exit codes: 0 done; 1 failed (a database down, a migration or Plivo failing); 2 a usage error or a",
            "setting to change (the message names it)."})
final class SwitchboardCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "print the version and exit")
    boolean version;

    private final ServeCommand serve;

    SwitchboardCommand(ServeCommand serve) {
        this.serve = serve;
    }

    @Override
    public Integer call() {
        return serve.call();
    }
}
