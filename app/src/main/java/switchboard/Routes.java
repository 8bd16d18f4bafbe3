package switchboard;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.util.Optional;
import switchboard.access.Permission;
import switchboard.calls.CallsApi;
import switchboard.calls.CallsPage;
import switchboard.dashboard.ApiKeysPage;
import switchboard.dashboard.BoardPage;
import switchboard.dashboard.SignInPage;
import switchboard.dashboard.TryACallPage;
import switchboard.contacts.ContactsApi;
import switchboard.directory.AppsApi;
import switchboard.directory.Directory;
import switchboard.directory.LinesApi;
import switchboard.directory.LinesPage;
import switchboard.directory.UsersApi;
import switchboard.directory.UsersPage;
import switchboard.escalation.EscalatedWebhook;
import switchboard.escalation.EscalationApi;
import switchboard.followups.Callbacks;
import switchboard.followups.CallbacksApi;
import switchboard.followups.CallbacksPage;
import switchboard.media.SoundsPage;
import switchboard.media.Tones;
import switchboard.menus.MenuWebhook;
import switchboard.menus.MenusApi;
import switchboard.metrics.MetricsApi;
import switchboard.plivo.AnswerWebhook;
import switchboard.plivo.DialWebhook;
import switchboard.plivo.HangupWebhook;
import switchboard.plivo.RecordWebhook;
import switchboard.plivo.SignatureCheck;
import switchboard.plivo.TranscriptionWebhook;
import switchboard.rota.RotaHandlers;
import switchboard.rota.RotaPage;
import switchboard.plivo.XmlReply;
import switchboard.queue.QueueApi;
import switchboard.queue.QueueWebhook;
import switchboard.reports.ReportsApi;
import switchboard.reports.ReportsPage;
import switchboard.web.Access;
import switchboard.web.ApiAuth;
import switchboard.web.ApiErrors;
import switchboard.web.Assets;
import switchboard.web.Health;
import switchboard.web.Nav;
import switchboard.web.OpenApiDocument;
import switchboard.web.PageAuth;
import switchboard.web.Pages;
import switchboard.web.QueryParams;
import switchboard.web.SecurityHeaders;
import switchboard.web.Views;

/** The one route table: every path, its handler and, under /api, the access it needs. */
record Routes(SignatureCheck signatures, AnswerWebhook answer, DialWebhook dial, RecordWebhook record,
              HangupWebhook hangup, TranscriptionWebhook transcription, EscalatedWebhook escalated, ApiAuth auth,
              CallsApi calls, EscalationApi escalations, UsersApi users, AppsApi apps, LinesApi lines,
              CallbacksApi callbacks, Health health, OpenApiDocument openApi,
              QueueWebhook queue, QueueApi queueApi, SoundsPage sounds, MenuWebhook menu, MenusApi menus,
              ContactsApi contacts, RotaHandlers rota, ReportsApi reports, MetricsApi metrics, Dashboard dashboard) {

    /** The dashboard (#18): its door, its nav, and each feature's pages. */
    record Dashboard(PageAuth auth, Nav nav, Pages pages, SignInPage signIn, BoardPage board, CallsPage calls,
                     CallbacksPage callbacks, UsersPage users, LinesPage lines, ApiKeysPage apiKeys,
                     RotaPage rota, ReportsPage reports, Optional<TryACallPage> tryACall) {}

    void register(JavalinConfig c) {
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
        webhook(c, "/plivo/queue/{step}/next", queue::next);
        webhook(c, "/plivo/queue/{step}/key", queue::key);
        c.routes.get(Tones.HOLD_PATH, sounds::hold);
        c.routes.get(Tones.VOICEMAIL_SAMPLE_PATH, sounds::voicemailSample);
        webhook(c, "/plivo/menu/{step}/digits", menu::digits);
        webhook(c, "/plivo/menu/{step}/timeout", menu::timeout);

        c.routes.before("/api/*", auth::authenticate);
        c.routes.beforeMatched("/api/*", auth::authorize);
        c.routes.get("/api/calls", calls::list, Access.READ);
        c.routes.get("/api/calls/{id}", calls::get, Access.READ);
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
        c.routes.get("/api/queue", queueApi::show, Access.READ);
        c.routes.get("/api/lines/{id}/menu", menus::get, Access.READ);
        c.routes.put("/api/lines/{id}/menu", menus::put, Access.ADMIN);
        c.routes.delete("/api/lines/{id}/menu", menus::delete, Access.ADMIN);
        c.routes.get("/api/contacts", contacts::list, Access.READ);
        c.routes.post("/api/contacts", contacts::create, Access.WORK); // users may add: owned by them or by nobody
        c.routes.post("/api/contacts/import", contacts::importCsv, Access.ADMIN);
        c.routes.get("/api/contacts/{id}", contacts::get, Access.READ);
        c.routes.patch("/api/contacts/{id}", contacts::update, Access.ADMIN);
        c.routes.delete("/api/contacts/{id}", contacts::delete, Access.ADMIN);
        rota(c);
        c.routes.get("/api/reports/summary", reports::summary, Access.READ);

        c.routes.get("/health", health::check);
        c.routes.get("/openapi.json", openApi::serve);
        c.routes.get("/metrics", metrics::scrape); // its own token (METRICS_TOKEN), never an API key
        dashboard(c);
        ApiErrors.register(c.routes, dashboard.pages());
    }

    /** Pages for people: signed in with a session (PageAuth), each route with its Access or OPEN; nav entries. */
    private void dashboard(JavalinConfig c) {
        Dashboard d = dashboard;
        c.fileRenderer(new Views());
        for (String path : Assets.paths()) c.routes.get(path, Assets::serve); // open: PageAuth skips /webjars/, /assets/
        c.routes.before(SecurityHeaders::set);
        c.routes.before(QueryParams::checkUnlessWebhook); // webhooks drop what cannot be stored instead: see PlivoParams
        c.routes.before(d.auth()::authenticate);
        c.routes.beforeMatched(d.auth()::authorize);
        c.routes.get("/sign-in", d.signIn()::form, PageAuth.OPEN);
        c.routes.post("/sign-in", d.signIn()::signIn, PageAuth.OPEN);
        c.routes.post("/sign-out", d.signIn()::signOut, Access.READ);
        c.routes.get("/sign-in/link/{token}", d.signIn()::link, PageAuth.OPEN);
        c.routes.post("/sign-in/link/{token}", d.signIn()::setPassword, PageAuth.OPEN);
        d.nav().add("Board", "/", Permission.READ);
        c.routes.get("/", d.board()::board, Access.READ);
        c.routes.sse("/board/events", d.board()::events, Access.READ);
        c.routes.post("/board/users/{id}/status", d.board()::setPresence, Access.SELF);
        d.nav().add("Calls", "/calls", Permission.READ);
        c.routes.get("/calls", d.calls()::list, Access.READ);
        c.routes.get("/calls.csv", d.calls()::csv, Access.READ);
        c.routes.get("/calls/{id}", d.calls()::call, Access.READ);
        d.nav().add("Callbacks", "/callbacks", Permission.READ);
        c.routes.get("/callbacks", d.callbacks()::list, Access.READ);
        c.routes.post("/callbacks", d.callbacks()::create, Access.WORK);
        c.routes.get("/callbacks/{id}", d.callbacks()::callback, Access.READ);
        c.routes.post("/callbacks/{id}", d.callbacks()::update, Access.WORK);
        c.routes.post("/callbacks/{id}/notes", d.callbacks()::addNote, Access.WORK);
        d.nav().add("Directory", "/directory", Permission.ADMIN);
        c.routes.get("/directory", d.users()::overview, Access.ADMIN);
        c.routes.post("/directory/users", d.users()::create, Access.ADMIN);
        c.routes.get("/directory/users/{id}", d.users()::user, Access.ADMIN);
        c.routes.post("/directory/users/{id}", d.users()::update, Access.ADMIN);
        c.routes.post("/directory/users/{id}/role", d.users()::setRole, Access.ADMIN);
        c.routes.post("/directory/users/{id}/apps", d.users()::addApp, Access.ADMIN);
        c.routes.post("/directory/users/{id}/sign-in-link", d.users()::signInLink, Access.ADMIN);
        c.routes.post("/directory/users/{id}/delete", d.users()::delete, Access.ADMIN);
        c.routes.post("/directory/apps/{id}/delete", d.users()::deleteApp, Access.ADMIN);
        c.routes.post("/directory/lines", ctx -> d.lines().create(ctx, d.users()), Access.ADMIN);
        c.routes.get("/directory/lines/{id}", d.lines()::line, Access.ADMIN);
        c.routes.post("/directory/lines/{id}", d.lines()::update, Access.ADMIN);
        c.routes.post("/directory/lines/{id}/tiers", d.lines()::tiers, Access.ADMIN);
        c.routes.post("/directory/lines/{id}/queue", d.lines()::queue, Access.ADMIN);
        c.routes.post("/directory/lines/{id}/delete", d.lines()::delete, Access.ADMIN);
        c.routes.get("/directory/api-keys", d.apiKeys()::list, Access.ADMIN);
        c.routes.post("/directory/api-keys", d.apiKeys()::create, Access.ADMIN);
        c.routes.post("/directory/api-keys/revoke", d.apiKeys()::revoke, Access.ADMIN);
        d.nav().add("Rota", "/rota", Permission.READ);
        c.routes.get("/rota", d.rota()::week, Access.READ);
        c.routes.post("/rota", d.rota()::act, Access.ADMIN);
        d.nav().add("Reports", "/reports", Permission.READ);
        c.routes.get("/reports", d.reports()::summary, Access.READ);
        d.tryACall().ifPresent(t -> { // SIMULATOR=on
            d.nav().add("Try a call", "/try-a-call", Permission.ADMIN);
            c.routes.get("/try-a-call", t::form, Access.ADMIN);
            c.routes.post("/try-a-call", t::start, Access.ADMIN);
            c.routes.get("/try-a-call/runs/{id}", t::run, Access.ADMIN);
            c.routes.get("/try-a-call/runs/{id}/transcript", t::transcript, Access.ADMIN);
        });
    }

    /** The weekly rota: turns, availability, the week's rota and its swaps; the calendar feed's token is its key. */
    private void rota(JavalinConfig c) {
        c.routes.get("/api/lines/{id}/turns", rota.turns()::get, Access.READ);
        c.routes.put("/api/lines/{id}/turns", rota.turns()::replace, Access.ADMIN);
        c.routes.get("/api/users/{id}/availability", rota.availability()::get, Access.READ);
        c.routes.put("/api/users/{id}/availability", rota.availability()::declare, Access.SELF);
        c.routes.post("/api/users/{id}/calendar-token", rota.calendar()::renew, Access.SELF);
        c.routes.get("/api/rota/{week}", rota.rota()::get, Access.READ);
        c.routes.post("/api/rota/{week}/generate", rota.rota()::generate, Access.ADMIN);
        c.routes.put("/api/rota/{week}/assignments", rota.rota()::assign, Access.ADMIN);
        c.routes.post("/api/rota/{week}/publish", rota.rota()::publish, Access.ADMIN);
        c.routes.get("/api/rota/{week}/changes", rota.rota()::changes, Access.READ);
        c.routes.get("/api/rota/{week}/swaps", rota.swaps()::list, Access.READ);
        c.routes.post("/api/rota/{week}/swaps", rota.swaps()::offer, Access.SWAP);
        c.routes.post("/api/rota/{week}/swaps/{id}/accept", rota.swaps()::accept, Access.SWAP);
        c.routes.post("/api/rota/{week}/swaps/{id}/decline", rota.swaps()::decline, Access.SWAP);
        c.routes.post("/api/rota/{week}/swaps/{id}/cancel", rota.swaps()::cancel, Access.SWAP);
        c.routes.get("/rota/{token}.ics", rota.calendar()::feed);
    }

    /** Plivo may be set to call us with POST (the default) or GET. Each is timed, and counted when degraded. */
    private void webhook(JavalinConfig c, String path, Handler handler) {
        String name = path.substring("/plivo/".length());
        metrics.webhooks().known(name);
        Handler metered = ctx -> {
            long start = System.nanoTime();
            try {
                handler.handle(ctx);
            } finally {
                metrics.webhooks().answered(name, System.nanoTime() - start, XmlReply.degraded(ctx));
            }
        };
        c.routes.post(path, metered);
        c.routes.get(path, metered);
    }
}
