package switchboard;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.apikeys.ApiKeys;
import switchboard.calls.CallFlow;
import switchboard.calls.CallLog;
import switchboard.calls.CallObserver;
import switchboard.calls.CallSteps;
import switchboard.calls.CallsApi;
import switchboard.calls.Transcriptions;
import switchboard.config.Config;
import switchboard.contacts.CallerIdentification;
import switchboard.contacts.CallerLookup;
import switchboard.contacts.ContactImport;
import switchboard.contacts.Contacts;
import switchboard.contacts.ContactsApi;
import switchboard.contacts.OwnerFirst;
import switchboard.contacts.PhoneNumbers;
import switchboard.db.Database;
import switchboard.directory.AppsApi;
import switchboard.directory.Directory;
import switchboard.directory.LinesApi;
import switchboard.directory.UsersApi;
import switchboard.escalation.EscalatedWebhook;
import switchboard.escalation.EscalationApi;
import switchboard.escalation.Escalations;
import switchboard.followups.CallFollowUps;
import switchboard.followups.Callbacks;
import switchboard.followups.CallbacksApi;
import switchboard.json.Json;
import switchboard.menus.MenuChoices;
import switchboard.menus.MenuSteps;
import switchboard.menus.MenuWebhook;
import switchboard.menus.Menus;
import switchboard.menus.MenusApi;
import switchboard.notify.Delivery;
import switchboard.notify.DeliveryWorker;
import switchboard.notify.Notifier;
import switchboard.plivo.AnswerWebhook;
import switchboard.plivo.DialWebhook;
import switchboard.plivo.HangupWebhook;
import switchboard.plivo.RecordWebhook;
import switchboard.plivo.SignatureCheck;
import switchboard.plivo.TranscriptionWebhook;
import switchboard.plivo.xml.CallXml;
import switchboard.plivoapi.LiveCalls;
import switchboard.plivoapi.PlivoCallRecords;
import switchboard.plivoapi.PlivoConnection;
import switchboard.reconcile.ReconcileSchedule;
import switchboard.reconcile.Reconciliation;
import switchboard.web.ApiAuth;
import switchboard.web.Health;
import switchboard.web.OpenApiDocument;

/**
 * The server, wired by hand: builds every service and handler, and owns every lifecycle: the HTTP server, the
 * outbox's delivery worker, the reconcile schedule and, for `serve`, the database.
 */
public final class Server implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Server.class);
    private static final Duration DELIVERY_INTERVAL = Duration.ofSeconds(1);

    private final Javalin javalin;
    private final Optional<ReconcileSchedule> reconciling;
    private Optional<DeliveryWorker> delivery = Optional.empty();
    private Optional<Database> database = Optional.empty();

    private Server(Javalin javalin, Optional<ReconcileSchedule> reconciling) {
        this.javalin = javalin;
        this.reconciling = reconciling;
    }

    /**
     * `serve`: opens the database (DATABASE_URL or the embedded one), applies pending migrations, loads the demo
     * directory into an empty embedded database, then serves HTTP and delivers the outbox until closed.
     */
    public static Server run(Config config) {
        Database db = Database.open(config);
        try {
            db.migrate();
            if (db.isEmbedded() && db.isDirectoryEmpty()) {
                db.seed();
                log.info("Embedded database was empty: loaded the demo directory (db seed)");
            }
            Server server = start(config, db.jdbi());
            server.database = Optional.of(db);
            server.delivery = Optional.of(DeliveryWorker.start(
                    Delivery.create(config.notifications(), db.jdbi(), Clock.systemUTC()), DELIVERY_INTERVAL));
            warnings(config);
            log.info("Switchboard listening on port {}; Plivo answer URL: {}/plivo/answer", server.port(), config.publicUrl());
            return server;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** HTTP (and the reconcile schedule, when set) over a database its caller owns: tests and the benchmark. */
    public static Server start(Config config, Jdbi jdbi) {
        Clock clock = Clock.systemUTC();
        CallXml xml = new CallXml(config.publicUrl(), config.plivoRest().transcribeVoicemail());
        Notifier notifier = new Notifier(config.notifications(), clock);
        CallObserver observer = new CallFollowUps(notifier, config.publicUrl());
        // menus and contacts: a line's menu opens the call; the caller is identified on answer, owners rung first
        MenuSteps menuSteps = new MenuSteps(xml);
        CallSteps steps = new CallSteps(xml, clock, List.of(new OwnerFirst()), menuSteps);
        PhoneNumbers phoneNumbers = new PhoneNumbers(config.callers().defaultRegion());
        Optional<CallerLookup> lookup = config.callers().lookupUrl().map(url -> new CallerLookup(url,
                config.callers().lookupTimeout(), config.callers().lookupSecret().orElseThrow(), clock));
        CallFlow calls = new CallFlow(jdbi, xml, observer, steps, new CallerIdentification(jdbi, phoneNumbers, lookup));
        Contacts contacts = new Contacts(jdbi, phoneNumbers);
        MenuWebhook menuWebhook = new MenuWebhook(new MenuChoices(jdbi, steps, menuSteps, observer), xml);
        Optional<PlivoConnection> plivo = PlivoConnection.open(config);
        Escalations escalations = new Escalations(jdbi, steps, observer, plivo.map(LiveCalls::new), config.publicUrl());
        Optional<ReconcileSchedule> reconciling = config.plivoRest().reconcileEvery().map(every -> ReconcileSchedule.start(
                every, new Reconciliation(jdbi, new PlivoCallRecords(plivo.orElseThrow()), observer), clock));
        Directory directory = new Directory(jdbi);
        Routes routes = new Routes(new SignatureCheck(config), new AnswerWebhook(calls, xml), new DialWebhook(calls, xml),
                new RecordWebhook(calls, xml), new HangupWebhook(calls),
                new TranscriptionWebhook(new Transcriptions(jdbi, observer)), new EscalatedWebhook(escalations, xml),
                new ApiAuth(config.apiToken(), new ApiKeys(jdbi)), new CallsApi(new CallLog(jdbi)),
                new EscalationApi(escalations), new UsersApi(directory), new AppsApi(directory), new LinesApi(directory),
                new CallbacksApi(new Callbacks(jdbi, notifier, config.publicUrl())), new Health(jdbi), new OpenApiDocument(),
                menuWebhook, new MenusApi(new Menus(jdbi)), new ContactsApi(contacts, new ContactImport(jdbi, contacts)));
        Javalin javalin = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson(Json.mapper(), false));
            routes.register(c);
        }).start(config.port());
        return new Server(javalin, reconciling);
    }

    private static void warnings(Config config) {
        if (!config.verifySignatures()) {
            log.warn("!!! PLIVO_VERIFY_SIGNATURES=false: webhooks are accepted WITHOUT signature checks."
                    + " Anyone who can reach this server can forge calls. Local work only. !!!");
        } else if (config.plivoAuthToken().isEmpty()) {
            log.warn("PLIVO_AUTH_TOKEN is not set: every /plivo/* webhook will be refused with 403.");
        }
        if (config.apiToken().isEmpty()) log.warn("API_TOKEN is not set: only API keys from `apikey create` open /api/*.");
        log.info("Notifications: mail {}, {} webhook receiver(s)",
                config.notifications().smtp().map(s -> "via " + s).orElse("logged (no SMTP_URL)"),
                config.notifications().webhookUrls().size());
    }

    /** Every registered route as "METHOD /path", for the test that keeps the OpenAPI document true. */
    public List<String> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
    }

    public int port() {
        return javalin.port();
    }

    /** No new requests, the reconcile schedule stopped, the outbox row in flight finished, then the database. */
    @Override
    public void close() {
        reconciling.ifPresent(ReconcileSchedule::close);
        javalin.stop();
        delivery.ifPresent(DeliveryWorker::close);
        database.ifPresent(Database::close);
    }
}
