package switchboard.directory;

import io.javalin.http.Context;
import java.util.Set;
import switchboard.routing.Presence;
import switchboard.web.JsonBody;
import switchboard.web.Paging;
import switchboard.web.QueryParams;

/** /api/users and presence. */
public final class UsersApi {
    static final Set<String> FIELDS =
            Set.of("name", "title", "email", "status", "maxConcurrentCalls", "timeZone", "workingHours");
    private final Directory directory;

    public UsersApi(Directory directory) {
        this.directory = directory;
    }

    public void list(Context ctx) {
        Paging paging = Paging.of(ctx);
        ctx.json(paging.page(directory.users(paging.afterId(), paging.fetch()), User::id));
    }

    public void get(Context ctx) {
        ctx.json(directory.user(QueryParams.pathId(ctx)));
    }

    public void create(Context ctx) {
        ctx.status(201).json(directory.createUser(read(JsonBody.parse(ctx, FIELDS), 0)));
    }

    /** PATCH changes only the fields given; a status change is a presence change. */
    public void update(Context ctx) {
        long id = QueryParams.pathId(ctx);
        User current = directory.user(id);
        User changed = read(JsonBody.patch(ctx, FIELDS, current), id);
        User user = directory.updateUser(id, u -> changed);
        ctx.json(changed.status().equals(current.status()) ? user : directory.setStatus(id, changed.status(), null));
    }

    public void delete(Context ctx) {
        directory.deleteUser(QueryParams.pathId(ctx));
        ctx.status(204);
    }

    /** PUT /api/users/{id}/status: login/logout, pause/resume. */
    public void setStatus(Context ctx) {
        JsonBody body = JsonBody.parse(ctx, Set.of("status", "reason"));
        String status = body.oneOf("status", true, Presence.wires());
        String reason = body.text("reason", false, 200);
        body.validate();
        ctx.json(directory.setStatus(QueryParams.pathId(ctx), status, reason));
    }

    /** Shared with the dashboard's form (UsersPage). */
    static User read(JsonBody body, long id) {
        String name = body.text("name", true, 100);
        String title = body.text("title", false, 100);
        String email = body.email("email");
        String status = body.oneOf("status", false, Presence.wires());
        Integer max = body.integer("maxConcurrentCalls", false, 1, 50);
        String zone = body.zone("timeZone", "UTC");
        String hours = body.json("workingHours", Hours::problem);
        body.validate();
        return new User(id, name, title, email, status == null ? Presence.AVAILABLE.wire() : status, null, null,
                max == null ? 1 : max, zone, hours);
    }
}
