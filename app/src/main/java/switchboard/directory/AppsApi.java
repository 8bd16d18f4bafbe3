package switchboard.directory;

import io.javalin.http.Context;
import java.util.Set;
import switchboard.web.JsonBody;
import switchboard.web.Paging;
import switchboard.web.QueryParams;

/** /api/users/{id}/apps and /api/apps/{id}. */
public final class AppsApi {
    static final Set<String> FIELDS = Set.of("label", "sipUri");
    private final Directory directory;

    public AppsApi(Directory directory) {
        this.directory = directory;
    }

    public void listOfUser(Context ctx) {
        Paging paging = Paging.of(ctx);
        ctx.json(paging.page(directory.apps(QueryParams.pathId(ctx), paging.afterId(), paging.fetch()), SipApp::id));
    }

    public void get(Context ctx) {
        ctx.json(directory.app(QueryParams.pathId(ctx)));
    }

    public void create(Context ctx) {
        ctx.status(201).json(create(directory, QueryParams.pathId(ctx), JsonBody.parse(ctx, FIELDS)));
    }

    /** Shared with the dashboard's form (UsersPage). */
    static SipApp create(Directory directory, long userId, JsonBody body) {
        String label = body.text("label", true, 50);
        String sipUri = body.sipUri("sipUri", true);
        body.validate();
        return directory.createApp(userId, label, sipUri);
    }

    public void update(Context ctx) {
        JsonBody body = JsonBody.parse(ctx, FIELDS);
        String label = body.has("label") ? body.text("label", true, 50) : null;
        String sipUri = body.has("sipUri") ? body.sipUri("sipUri", true) : null;
        body.validate();
        ctx.json(directory.updateApp(QueryParams.pathId(ctx), a -> new SipApp(a.id(), a.userId(),
                label != null ? label : a.label(), sipUri != null ? sipUri : a.sipUri())));
    }

    public void delete(Context ctx) {
        directory.deleteApp(QueryParams.pathId(ctx));
        ctx.status(204);
    }
}
