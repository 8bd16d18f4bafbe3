package switchboard;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.accounts.Accounts;
import switchboard.accounts.Sessions;
import switchboard.accounts.SignInLinks;
import switchboard.apikeys.ApiKeys;
import switchboard.calls.CallFlow;
import switchboard.calls.CallLog;
import switchboard.calls.CallObserver;
import switchboard.calls.CallSteps;
import switchboard.calls.CallsApi;
import switchboard.calls.CallsPage;
import switchboard.calls.Transcriptions;
import switchboard.cli.BuildVersion;
import switchboard.cli.Cli;
import switchboard.config.CannotStart;
import switchboard.config.Config;
import switchboard.dashboard.ApiKeysPage;
import switchboard.dashboard.BoardHub;
import switchboard.dashboard.BoardPage;
import switchboard.dashboard.LiveCallsPart;
import switchboard.dashboard.PeoplePart;
import switchboard.dashboard.QueuePart;
import switchboard.dashboard.TryACallPage;
import switchboard.dashboard.SignInPage;
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
import switchboard.directory.LinesPage;
import switchboard.directory.UsersApi;
import switchboard.directory.UsersPage;
import switchboard.doctor.Doctor;
import switchboard.escalation.EscalatedWebhook;
import switchboard.escalation.EscalationApi;
import switchboard.escalation.Escalations;
import switchboard.followups.CallFollowUps;
import switchboard.followups.Callbacks;
import switchboard.followups.CallbacksApi;
import switchboard.followups.CallbacksPage;
import switchboard.json.Json;
import switchboard.media.SoundsPage;
import switchboard.menus.MenuChoices;
import switchboard.menus.MenuSteps;
import switchboard.menus.MenuWebhook;
import switchboard.menus.Menus;
import switchboard.menus.MenusPage;
import switchboard.menus.MenusApi;
import switchboard.notify.Delivery;
import switchboard.notify.DeliveryWorker;
import switchboard.notify.Notifier;
import switchboard.plivo.AnswerWebhook;
import switchboard.plivo.DialWebhook;
import switchboard.plivo.HangupWebhook;
import switchboard.plivo.Nonces;
import switchboard.plivo.RecordWebhook;
import switchboard.plivo.SignatureCheck;
import switchboard.plivo.TranscriptionWebhook;
import switchboard.plivo.xml.CallXml;
import switchboard.plivoapi.LiveCalls;
import switchboard.plivoapi.PlivoCallRecords;
import switchboard.plivoapi.PlivoConnection;
import switchboard.metrics.Metrics;
import switchboard.metrics.MetricsApi;
import switchboard.reports.Reports;
import switchboard.reports.ReportsApi;
import switchboard.reports.ReportsPage;
import switchboard.queue.QueueApi;
import switchboard.queue.QueueDispatcher;
import switchboard.queue.QueueObserver;
import switchboard.queue.QueueSteps;
import switchboard.queue.QueueWebhook;
import switchboard.queue.Queues;
import switchboard.reconcile.ReconcileSchedule;
import switchboard.reconcile.Reconciliation;
import switchboard.rota.AvailabilityApi;
import switchboard.rota.Availabilities;
import switchboard.rota.CalendarApi;
import switchboard.rota.CalendarFeeds;
import switchboard.rota.LineTurns;
import switchboard.rota.PublishNotices;
import switchboard.rota.RotaApi;
import switchboard.rota.RotaHandlers;
import switchboard.rota.RotaPage;
import switchboard.rota.RotaLeads;
import switchboard.rota.Rotas;
import switchboard.rota.Swaps;
import switchboard.rota.SwapsApi;
import switchboard.rota.TurnsApi;
import switchboard.web.ApiAuth;
import switchboard.web.Health;
import switchboard.web.Nav;
import switchboard.web.OpenApiDocument;
import switchboard.web.PageAuth;
import switchboard.web.Pages;
import switchboard.web.LogText;
import switchboard.web.RequestLimits;

/**
 * The server, wired by hand: builds every service and handler, and owns every lifecycle: the HTTP server, the
 * outbox's delivery worker, the reconcile schedule and, for `serve`, the database.
 */
public final class Server implements Cli.Running {
    private static final Logger log = LoggerFactory.getLogger(Server.class);
    private static final Duration DELIVERY_INTERVAL = Duration.ofSeconds(1);
    private static final Duration QUEUE_DISPATCH_INTERVAL = Duration.ofSeconds(1);
    // On SIGTERM the requests in flight get this long to finish (Heroku kills 30 s after it; the rest fits in 25 s).
    private static final Duration HTTP_DRAIN = Duration.ofSeconds(10);

    private final Javalin javalin;
    private final Optional<ReconcileSchedule> reconciling;
    private final BoardHub board;
    private final QueueDispatcher dispatcher;
    private Optional<DeliveryWorker> delivery = Optional.empty();
    private Optional<Database> database = Optional.empty();
    private final AtomicBoolean closed = new AtomicBoolean();

    private Server(Javalin javalin, Optional<ReconcileSchedule> reconciling, BoardHub board, QueueDispatcher dispatcher) {
        this.javalin = javalin;
        this.reconciling = reconciling;
        this.board = board;
        this.dispatcher = dispatcher;
    }

    /**
     * `serve`: opens the database (DATABASE_URL or the embedded one), applies pending migrations, loads the demo
     * directory into an empty embedded database, then serves HTTP and delivers the outbox until closed.
     */
    public static Server run(Config config) {
        requirePortFree(config.port()); // before the database starts, which takes seconds
        Database db = Database.open(config);
        try {
            db.migrate();
            if (db.isEmbedded() && db.isDirectoryEmpty()) {
                db.seed();
                log.info("Embedded database was empty: loaded the demo directory (db seed)");
                demoAdmin(db, config);
            }
            Server server = start(config, db.jdbi());
            server.database = Optional.of(db);
            server.delivery = Optional.of(DeliveryWorker.start(
                    Delivery.create(config.notifications(), db.jdbi(), Clock.systemUTC()), DELIVERY_INTERVAL));
            warnings(config);
            Doctor.checkPlivoInBackground(config, db.jdbi());
            log.info("Switchboard {} listening on port {}; Plivo answer URL: {}/plivo/answer", BuildVersion.number(),
                    server.port(), config.publicUrl());
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
        // The caller queue: its steps join the call flow's, its observer hears first of calls ending (waking the
        // dispatcher, which offers waiting callers at once through Plivo's live transfer, when credentials are set).
        QueueDispatcher dispatcher = new QueueDispatcher(QUEUE_DISPATCH_INTERVAL);
        Metrics metrics = Metrics.start(config.metricsToken(), jdbi); // off without METRICS_TOKEN
        CallObserver observer = CallObserver.of(new QueueObserver(dispatcher::wake), new CallFollowUps(notifier, config.publicUrl()),
                metrics.calls());
        QueueSteps queueSteps = new QueueSteps(config.publicUrl(), clock);
        // menus and contacts: a line's menu opens the call; the caller is identified on answer, owners rung first
        MenuSteps menuSteps = new MenuSteps(xml);
        // The weekly rota: routing follows its published turns; a user's JSON carries their calendar feed's URL.
        PublishNotices rotaNotices = new PublishNotices(notifier, config.publicUrl());
        CalendarFeeds calendars = new CalendarFeeds(jdbi, config.publicUrl(), config.calendarSecret(), clock);
        Rotas rotas = new Rotas(jdbi, rotaNotices);
        RotaHandlers rota = new RotaHandlers(new TurnsApi(new LineTurns(jdbi)), new AvailabilityApi(new Availabilities(jdbi)),
                new RotaApi(rotas), new SwapsApi(new Swaps(jdbi, rotaNotices)), new CalendarApi(calendars));
        CallSteps steps = new CallSteps(xml, clock, queueSteps, List.of(new OwnerFirst(), new RotaLeads()), menuSteps);
        PhoneNumbers phoneNumbers = new PhoneNumbers(config.callers().defaultRegion());
        Optional<CallerLookup> lookup = config.callers().lookupUrl().map(url -> new CallerLookup(url,
                config.callers().lookupTimeout(), config.callers().lookupSecret().orElseThrow(), clock));
        CallFlow calls = new CallFlow(jdbi, xml, observer, steps, new CallerIdentification(jdbi, phoneNumbers, lookup));
        Contacts contacts = new Contacts(jdbi, phoneNumbers);
        MenuWebhook menuWebhook = new MenuWebhook(new MenuChoices(jdbi, steps, menuSteps, observer), xml);
        Optional<PlivoConnection> plivo = PlivoConnection.open(config);
        Queues queues = new Queues(jdbi, steps, queueSteps, observer, plivo.map(LiveCalls::new), config.publicUrl(), clock);
        if (plivo.isPresent()) dispatcher.start(queues);
        Escalations escalations = new Escalations(jdbi, steps, observer, plivo.map(LiveCalls::new), config.publicUrl());
        Optional<ReconcileSchedule> reconciling = config.plivoRest().reconcileEvery().map(every -> ReconcileSchedule.start(
                every, new Reconciliation(jdbi, new PlivoCallRecords(plivo.orElseThrow()), observer), clock));
        Directory directory = new Directory(jdbi);
        Callbacks callbacks = new Callbacks(jdbi, notifier, config.publicUrl());
        Sessions sessions = new Sessions(jdbi);
        BoardHub board = new BoardHub(jdbi, List.of(new LiveCallsPart(jdbi, queues::now), new PeoplePart(jdbi, clock),
                new QueuePart(queues::now, clock)), sessions);
        Routes routes = new Routes(new SignatureCheck(config, new Nonces(jdbi)), new AnswerWebhook(calls, xml),
                new DialWebhook(calls, xml), new RecordWebhook(calls, xml), new HangupWebhook(calls),
                new TranscriptionWebhook(new Transcriptions(jdbi, observer)), new EscalatedWebhook(escalations, xml),
                new ApiAuth(config.apiToken(), new ApiKeys(jdbi)), new CallsApi(new CallLog(jdbi)),
                new EscalationApi(escalations), new UsersApi(directory, calendars), new AppsApi(directory), new LinesApi(directory),
                new CallbacksApi(callbacks), new Health(jdbi), new OpenApiDocument(),
                new QueueWebhook(queues, xml), new QueueApi(queues), new SoundsPage(),
                menuWebhook, new MenusApi(new Menus(jdbi)), new ContactsApi(contacts, new ContactImport(jdbi, contacts)), rota,
                new ReportsApi(new Reports(jdbi), clock), new MetricsApi(metrics),
                dashboard(config, jdbi, sessions, board, directory, callbacks, rotas, clock));
        Javalin javalin = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            // stop() first stops accepting, answers the requests in flight (with Connection: close), then stops
            c.jetty.modifyServer(jetty -> jetty.setStopTimeout(HTTP_DRAIN.toMillis()));
            c.jsonMapper(new JavalinJackson(Json.mapper(), false));
            RequestLimits.apply(c, config.port());
            routes.register(c);
        });
        try {
            javalin.start();
        } catch (JavalinBindException e) {
            reconciling.ifPresent(ReconcileSchedule::close);
            board.close();
            dispatcher.close();
            throw portInUse(config.port());
        }
        return new Server(javalin, reconciling, board, dispatcher);
    }

    /** The dashboard (#18): sessions, sign-in links, the nav, and the pages. */
    private static Routes.Dashboard dashboard(Config config, Jdbi jdbi, Sessions sessions, BoardHub board, Directory directory,
                                              Callbacks callbacks, Rotas rotas, Clock clock) {
        PageAuth auth = new PageAuth(sessions, config.publicUrl());
        Nav nav = new Nav();
        Pages pages = new Pages(nav);
        SignInLinks links = new SignInLinks(jdbi, sessions, config.publicUrl());
        CallbacksPage callbacksPage = new CallbacksPage(callbacks, directory, pages);
        UsersPage users = new UsersPage(directory, new Accounts(jdbi), links, pages);
        return new Routes.Dashboard(auth, nav, pages, new SignInPage(sessions, links, auth, pages),
                new BoardPage(board, directory, pages),
                new CallsPage(new CallLog(jdbi), directory, pages, List.of(callbacksPage.section())), callbacksPage, users,
                new LinesPage(directory, pages, List.of(new MenusPage(new Menus(jdbi), directory).section())), new ApiKeysPage(new ApiKeys(jdbi), pages),
                new RotaPage(rotas, directory, pages, clock),
                new ReportsPage(new Reports(jdbi), directory, pages, clock),
                Optional.of(config).filter(Config::simulator).map(c -> new TryACallPage(directory, new CallLog(jdbi), pages,
                        c.publicUrl(), c.plivoAuthToken(), c.verifySignatures())));
    }

    /** The seed's admin gets a generated password, shown once in the log: the way into a fresh demo. */
    private static void demoAdmin(Database db, Config config) {
        for (String[] given : new Accounts(db.jdbi()).giveAdminsPasswords()) {
            log.info("Demo admin: open {} and sign in as {} with password {} (shown only now; `user invite --email {}`"
                    + " makes a link to set a new one)", config.publicUrl(), given[0], given[1], given[0]);
        }
    }

    private static void requirePortFree(int port) {
        if (port == 0) return;
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true); // as Jetty binds
            probe.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw portInUse(port);
        }
    }

    private static CannotStart portInUse(int port) {
        return CannotStart.setting("PORT " + port + " is in use (another Switchboard?): set PORT");
    }

    private static void warnings(Config config) {
        if (!config.verifySignatures()) {
            log.warn("!!! PLIVO_VERIFY_SIGNATURES=false: webhooks are accepted WITHOUT signature checks."
                    + " Anyone who can reach this server can forge calls. Local work only. !!!");
        } else if (config.plivoAuthToken().isEmpty()) {
            log.warn("PLIVO_AUTH_TOKEN is not set: every /plivo/* webhook will be refused with 403.");
        }
        if (config.apiToken().isEmpty()) log.warn("API_TOKEN is not set: only API keys from `apikey create` open /api/*.");
        if (config.calendarSecret().isEmpty()) log.info("CALENDAR_SECRET is not set: the rota's calendar feeds are off.");
        log.info("Notifications: mail {}, {} webhook receiver(s)",
                config.notifications().smtp().map(s -> "via " + s).orElse("logged (no SMTP_URL)"),
                config.notifications().webhookUrls().size());
    }

    /** Every registered route as "METHOD /path", for the test that keeps the OpenAPI document true. */
    public List<String> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
    }

    @Override
    public int port() {
        return javalin.port();
    }

    @Override
    public String database() {
        return database.map(Database::description).orElse("given by the caller");
    }

    /**
     * The reconcile schedule stopped; no new connections, the requests in flight answered (their transactions
     * committed); the outbox's delivery in flight finished; then the pool and the embedded database. Within 25 s.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        long start = System.nanoTime();
        reconciling.ifPresent(ReconcileSchedule::close);
        dispatcher.close(); // no new offers to waiting callers while the webhooks in flight finish
        board.close(); // its streams end while the HTTP server still runs (closing them after stop loops in Javalin)
        try {
            javalin.stop();
        } catch (RuntimeException e) { // requests still open after the drain: stop the rest all the same
            log.warn("the HTTP server did not stop within {} s: {}", HTTP_DRAIN.toSeconds(), LogText.of(e));
        }
        delivery.ifPresent(DeliveryWorker::close);
        database.ifPresent(Database::close);
        if (database.isPresent()) log.info("Switchboard stopped in {} ms", Duration.ofNanos(System.nanoTime() - start).toMillis());
    }
}
