package switchboard;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.api.ApiAuth;
import switchboard.api.CallsApi;
import switchboard.calls.CallService;
import switchboard.plivo.AnswerWebhook;
import switchboard.plivo.CallXml;
import switchboard.plivo.DialWebhook;
import switchboard.plivo.HangupWebhook;
import switchboard.plivo.RecordWebhook;
import switchboard.plivo.SignatureCheck;

/** The HTTP server, wired by hand: every route in one table. */
public final class App implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(App.class);

    private final Javalin javalin;

    private App(Javalin javalin) {
        this.javalin = javalin;
    }

    public static App start(Config config, Jdbi jdbi) {
        CallXml xml = new CallXml(config.publicUrl());
        CallService calls = new CallService(jdbi, xml);
        var answer = new AnswerWebhook(calls, xml);
        var dial = new DialWebhook(calls, xml);
        var record = new RecordWebhook(calls, xml);
        var hangup = new HangupWebhook(calls);
        var signatures = new SignatureCheck(config);
        var auth = new ApiAuth(config.apiToken());
        var callsApi = new CallsApi(jdbi);
        var health = new Health(jdbi);

        Javalin javalin = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson(Json.newMapper(), false));
            c.routes.before("/plivo/*", signatures::check);
            c.routes.before("/api/*", auth::check);
            webhook(c, "/plivo/answer", answer::answer);
            webhook(c, "/plivo/fallback", answer::fallback);
            webhook(c, "/plivo/dial/{step}/action", dial::action);
            webhook(c, "/plivo/dial/{step}/callback", dial::callback);
            webhook(c, "/plivo/voicemail/action", record::action);
            webhook(c, "/plivo/voicemail/callback", record::callback);
            webhook(c, "/plivo/hangup", hangup::hangup);
            c.routes.get("/api/calls", callsApi::list);
            c.routes.get("/api/calls/{id}", callsApi::get);
            c.routes.get("/health", health::check);
            c.routes.exception(Exception.class, App::internalError);
        }).start(config.port());
        return new App(javalin);
    }

    /** Plivo may be set to call us with POST (the default) or GET. */
    private static void webhook(JavalinConfig c, String path, io.javalin.http.Handler handler) {
        c.routes.post(path, handler);
        c.routes.get(path, handler);
    }

    private static void internalError(Exception e, Context ctx) {
        log.error("{} {} failed", ctx.method(), ctx.path(), e);
        ctx.status(500).result("internal error");
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
