package switchboard.cli;

/** The text of every --help. */
final class Help {
    private Help() {}

    static final String USAGE = """
            Usage: java -jar target/switchboard.jar [COMMAND] [--help]

            Commands:
              serve          run the HTTP server (the default command)
              db migrate     apply pending database migrations
              db seed        load the demo directory: Jane, Peter, Luke and three lines (idempotent)
              apikey create  create an API key (printed once): --name NAME --role admin|user [--user ID]
              apikey list    list API keys (never the keys themselves)
              apikey revoke  revoke an API key by name
              plivo provision [--dry-run]
                             create or update the Plivo Application and a SIP endpoint for every line and app
              plivo reconcile [--since 2h]
                             repair the call log from Plivo's call records and recordings

            Environment:
              PORT                     HTTP port (default 8080)
              DATABASE_URL             postgres://user:pass@host:port/db or jdbc:postgresql:...; unset: an
                                       embedded PostgreSQL under SWITCHBOARD_DATA_DIR (default ./.switchboard)
              PUBLIC_URL               the base URL Plivo reaches (e.g. https://abc.ngrok.app); used for every
                                       callback URL and for signature checks (default http://localhost:PORT)
              PLIVO_AUTH_ID            your Plivo auth id
              PLIVO_AUTH_TOKEN         your Plivo auth token; webhooks are refused without it
              PLIVO_VERIFY_SIGNATURES  false to accept unsigned webhooks (local work only; default true)
              API_TOKEN                a bootstrap admin key for the JSON API (/api/*)
              PLIVO_API_URL            Plivo's REST API (default https://api.plivo.com)
              PLIVO_API_TIMEOUT        how long to wait for Plivo's REST API (default 15s)
              RECONCILE_EVERY          run plivo reconcile inside serve this often, e.g. 15m (default: never)
              VOICEMAIL_TRANSCRIPTION  auto: ask Plivo to transcribe voicemails (default off)
              SMTP_URL                 smtp://user:pass@host:587 or smtps://...:465 for notification mails;
                                       unset: mails are written to the log
              MAIL_FROM                the mails' sender, e.g. Switchboard <switchboard@example.com>
              WEBHOOK_URLS             comma-separated URLs that receive signed event webhooks
              WEBHOOK_SECRET           the HMAC-SHA256 key of their X-Switchboard-Signature (16+ characters)
              DEFAULT_REGION           the country of national numbers in contacts, e.g. FR (default: none,
                                       numbers need their country code)
              CALLER_LOOKUP_URL        ask this URL (signed GET) about callers the contacts do not know
              CALLER_LOOKUP_TIMEOUT    the lookup's hard budget, at most 2s (default 300ms)
            """;

    static final String SERVE = """
            Usage: java -jar target/switchboard.jar serve

            Runs the HTTP server on $PORT: Plivo webhooks under /plivo, the JSON API under /api, /health,
            /openapi.json. Applies pending migrations first. Without DATABASE_URL it starts an embedded
            PostgreSQL and, when the directory is empty, loads the demo data. A background worker delivers
            the notification mails and webhooks queued in the outbox, retrying what fails.
            """;

    static final String MIGRATE = """
            Usage: java -jar target/switchboard.jar db migrate

            Applies pending migrations (db/migration) to $DATABASE_URL, or to the embedded database.
            Safe to run from several instances at once. Heroku runs it in the release phase.
            """;

    static final String SEED = """
            Usage: java -jar target/switchboard.jar db seed

            Loads the demo directory (db/seed.sql): users Jane, Peter, Luke with their apps, lines Main Office,
            Sales and Support with their tiers. Idempotent: running it twice changes nothing.
            """;

    static final String APIKEY = """
            Usage: java -jar target/switchboard.jar apikey create --name NAME --role admin|user [--user ID]
                   java -jar target/switchboard.jar apikey list
                   java -jar target/switchboard.jar apikey revoke NAME

            create prints the new key once, alone on the last line; only its SHA-256 is stored.
            An admin key may do everything; a user key is bound to one user (--user ID): it may read users,
            lines, tiers and call history, and change only its own presence.
            With the embedded database, stop the server first (or use DATABASE_URL).
            """;

    static final String PROVISION = """
            Usage: java -jar target/switchboard.jar plivo provision [--dry-run]

            Sets up your Plivo account for this deployment, with PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN and PUBLIC_URL:
            one Application "Switchboard" whose answer, hangup and fallback URLs point at PUBLIC_URL, and a SIP
            endpoint attached to it for every line and app that has none. Plivo appends digits to each username:
            the real SIP URI and the endpoint id are stored back on the line or app. Prints what it created,
            updated, adopted or left alone. Running it again creates nothing new.
            New endpoints' passwords are printed once, in the table, and never stored or logged.
            --dry-run  print the plan; change nothing on Plivo or in the database.
            """;

    static final String RECONCILE = """
            Usage: java -jar target/switchboard.jar plivo reconcile [--since 2h]

            Reads Plivo's call records and recordings of the window (default 2h, at most 30d) and repairs the
            call log: creates calls to our lines we never heard of, closes calls whose hangup never arrived, and
            fills in voicemails whose recording callback was lost. Prints what it repaired; running it again
            repairs nothing. RECONCILE_EVERY runs it inside serve.
            """;
}
