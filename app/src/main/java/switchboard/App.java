package switchboard;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import org.jdbi.v3.core.Jdbi;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import switchboard.api.Access;
import switchboard.api.ApiAuth;
import switchboard.api.ApiErrors;
import switchboard.api.ApiKeys;
import switchboard.api.AppsApi;
import switchboard.api.LinesApi;
import switchboard.api.OpenApiDocument;
import switchboard.api.UsersApi;
import switchboard.api.CallsApi;
import switchboard.api.EscalationApi;
import switchboard.calls.CallEscalation;
import switchboard.calls.CallObserver;
import switchboard.calls.CallService;
import switchboard.calls.Transcriptions;
import switchboard.directory.Directory;
import switchboard.followups.CallFollowUps;
import switchboard.followups.Callbacks;
import switchboard.followups.CallbacksApi;
import switchboard.notify.Notifier;
import switchboard.plivo.AnswerWebhook;
import switchboard.plivo.CallXml;
import switchboard.plivo.DialWebhook;
import switchboard.plivo.EscalatedWebhook;
import switchboard.plivo.HangupWebhook;
import switchboard.plivo.RecordWebhook;
import switchboard.plivo.SignatureCheck;
import switchboard.plivo.TranscriptionWebhook;
import switchboard.plivoapi.Escalations;
import switchboard.plivoapi.PlivoCallRecords;
import switchboard.plivoapi.PlivoConnection;
import switchboard.plivoapi.ReconcileSchedule;
import switchboard.plivoapi.Reconciliation;

/** The HTTP server, wired by hand: every route in one table. */
public final class App implements AutoCloseable {
    private final Javalin javalin;
    private final Optional<ReconcileSchedule> reconciling;

    private App(Javalin javalin, Optional<ReconcileSchedule> reconciling) {
        this.javalin = javalin;
        this.reconciling = reconciling;
    }

    public static App start(Config config, Jdbi jdbi) {
        CallXml xml = new CallXml(config.publicUrl(), config.plivoRest().transcribeVoicemail());
        Notifier notifier = new Notifier(config.notifications(), Clock.systemUTC());
        CallObserver observer = new CallFollowUps(notifier, config.publicUrl());
        CallService calls = new CallService(jdbi, xml, observer, Clock.systemUTC());
        Optional<PlivoConnection> plivo = PlivoConnection.open(config);
        CallEscalation escalation = calls.escalation();
        var escalated = new EscalatedWebhook(escalation, xml);
        var transcription = new TranscriptionWebhook(new Transcriptions(jdbi, observer));
        var escalations = new EscalationApi(new Escalations(jdbi, escalation, plivo, config.publicUrl()));
        Optional<ReconcileSchedule> reconciling = config.plivoRest().reconcileEvery().map(every -> ReconcileSchedule.start(
                every, new Reconciliation(jdbi, new PlivoCallRecords(plivo.orElseThrow()), observer), Clock.systemUTC()));
        Directory directory = new Directory(jdbi);
        var answer = new AnswerWebhook(calls, xml);
        var dial = new DialWebhook(calls, xml);
        var record = new RecordWebhook(calls, xml);
        var hangup = new HangupWebhook(calls);
        var signatures = new SignatureCheck(config);
        var auth = new ApiAuth(config.apiToken(), new ApiKeys(jdbi));
        var callsApi = new CallsApi(jdbi);
        var users = new UsersApi(directory);
        var apps = new AppsApi(directory);
        var lines = new LinesApi(directory);
        var callbacks = new CallbacksApi(new Callbacks(jdbi, notifier, config.publicUrl()));
        var health = new Health(jdbi);
        var openApi = new OpenApiDocument();

        Javalin javalin = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson(Json.newMapper(), false));
            c.routes.before("/plivo/*", signatures::check);
            webhook(c, "/plivo/answer", answer::answer);
            webhook(c, "/plivo/fallback", answer::fallback);
            webhook(c, "/plivo/dial/{step}/action", dial::action);
            webhook(c, "/plivo/dial/{step}/callback", dial::callback);
            webhook(c, "/plivo/voicemail/action", record::action);
            webhook(c, "/plivo/voicemail/callback", record::callback);
            webhook(c, "/plivo/hangup", hangup::hangup);
            webhook(c, "/plivo/voicemail/transcription", transcription::transcription);
            webhook(c, "/plivo/calls/{id}/escalated/{step}", escalated::escalated);

            c.routes.before("/api/*", auth::authenticate);
            c.routes.beforeMatched("/api/*", auth::authorize);
            c.routes.get("/api/calls", callsApi::list, Access.READ);
            c.routes.get("/api/calls/{id}", callsApi::get, Access.READ);
            c.routes.post("/api/calls/{id}/escalate", escalations::escalate, Access.ON_CALL);
            c.routes.get("/api/users", users::list, Access.READ);
            c.routes.post("/api/users", users::create, Access.ADMIN);
            c.routes.get("/api/users/{id}", users::get, Access.READ);
            c.routes.patch("/api/users/{id}", users::update, Access.ADMIN);
            c.routes.delete("/api/users/{id}", users::delete, Access.ADMIN);
            c.routes.put("/api/users/{id}/status", users::setStatus, Access.SELF);
            c.routes.get("/api/users/{id}/apps", apps::listOfUser, Access.READ);
            c.routes.post("/api/users/{id}/apps", apps::create, Access.ADMIN);
            c.routes.get("/api/apps/{id}", apps::get, Access.READ);
            c.routes.patch("/api/apps/{id}", apps::update, Access.ADMIN);
            c.routes.delete("/api/apps/{id}", apps::delete, Access.ADMIN);
            c.routes.get("/api/lines", lines::list, Access.READ);
            c.routes.post("/api/lines", lines::create, Access.ADMIN);
            c.routes.get("/api/lines/{id}", lines::get, Access.READ);
            c.routes.patch("/api/lines/{id}", lines::update, Access.ADMIN);
            c.routes.delete("/api/lines/{id}", lines::delete, Access.ADMIN);
            c.routes.get("/api/lines/{id}/tiers", lines::tiers, Access.READ);
            c.routes.put("/api/lines/{id}/tiers", lines::replaceTiers, Access.ADMIN);
            c.routes.get("/api/callbacks", callbacks::list, Access.READ);
            c.routes.post("/api/callbacks", callbacks::create, Access.WORK);
            c.routes.get("/api/callbacks/{id}", callbacks::get, Access.READ);
            c.routes.patch("/api/callbacks/{id}", callbacks::update, Access.WORK);
            c.routes.post("/api/callbacks/{id}/notes", callbacks::addNote, Access.WORK);

            c.routes.get("/health", health::check);
            c.routes.get("/openapi.json", openApi::serve);
            ApiErrors.register(c.routes);
        }).start(config.port());
        return new App(javalin, reconciling);
    }

    /** Plivo may be set to call us with POST (the default) or GET. */
    private static void webhook(JavalinConfig c, String path, io.javalin.http.Handler handler) {
        c.routes.post(path, handler);
        c.routes.get(path, handler);
    }

    /** Every registered route as "METHOD /path", for the test that keeps the OpenAPI document true. */
    public List<String> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        reconciling.ifPresent(ReconcileSchedule::close);
        javalin.stop();
    }
}
