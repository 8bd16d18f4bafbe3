package switchboard;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import switchboard.calls.CallsApi;
import switchboard.contacts.ContactsApi;
import switchboard.directory.AppsApi;
import switchboard.directory.LinesApi;
import switchboard.directory.UsersApi;
import switchboard.escalation.EscalatedWebhook;
import switchboard.escalation.EscalationApi;
import switchboard.followups.CallbacksApi;
import switchboard.menus.MenuWebhook;
import switchboard.menus.MenusApi;
import switchboard.plivo.AnswerWebhook;
import switchboard.plivo.DialWebhook;
import switchboard.plivo.HangupWebhook;
import switchboard.plivo.RecordWebhook;
import switchboard.plivo.SignatureCheck;
import switchboard.plivo.TranscriptionWebhook;
import switchboard.web.Access;
import switchboard.web.ApiAuth;
import switchboard.web.ApiErrors;
import switchboard.web.Health;
import switchboard.web.OpenApiDocument;

/** The one route table: every path, its handler and, under /api, the access it needs. */
record Routes(SignatureCheck signatures, AnswerWebhook answer, DialWebhook dial, RecordWebhook record,
              HangupWebhook hangup, TranscriptionWebhook transcription, EscalatedWebhook escalated, ApiAuth auth,
              CallsApi calls, EscalationApi escalations, UsersApi users, AppsApi apps, LinesApi lines,
              CallbacksApi callbacks, Health health, OpenApiDocument openApi,
              MenuWebhook menu, MenusApi menus, ContactsApi contacts) {

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
        c.routes.get("/api/lines/{id}/menu", menus::get, Access.READ);
        c.routes.put("/api/lines/{id}/menu", menus::put, Access.ADMIN);
        c.routes.delete("/api/lines/{id}/menu", menus::delete, Access.ADMIN);
        c.routes.get("/api/contacts", contacts::list, Access.READ);
        c.routes.post("/api/contacts", contacts::create, Access.WORK); // users may add: owned by them or by nobody
        c.routes.post("/api/contacts/import", contacts::importCsv, Access.ADMIN);
        c.routes.get("/api/contacts/{id}", contacts::get, Access.READ);
        c.routes.patch("/api/contacts/{id}", contacts::update, Access.ADMIN);
        c.routes.delete("/api/contacts/{id}", contacts::delete, Access.ADMIN);

        c.routes.get("/health", health::check);
        c.routes.get("/openapi.json", openApi::serve);
        ApiErrors.register(c.routes);
    }

    /** Plivo may be set to call us with POST (the default) or GET. */
    private static void webhook(JavalinConfig c, String path, Handler handler) {
        c.routes.post(path, handler);
        c.routes.get(path, handler);
    }
}
