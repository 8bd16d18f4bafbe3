package switchboard.api;

import io.javalin.http.Context;
import java.util.Set;
import switchboard.directory.Directory;
import switchboard.directory.User;

/** /api/users and presence. */
public final class UsersApi {
    static final Set<String> STATUSES = Set.of("available", "away", "offline");
    private static final Set<String> FIELDS = Set.of("name", "title", "email", "status");
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
        JsonBody body = JsonBody.parse(ctx, FIELDS);
        String name = body.text("name", true, 100);
        String title = body.text("title", false, 100);
        String email = body.email("email");
        String status = body.oneOf("status", false, STATUSES);
        body.validate();
        User draft = new User(0, name, title, email, status == null ? "available" : status, null, null);
        ctx.status(201).json(directory.createUser(draft));
    }

    public void update(Context ctx) {
        long id = QueryParams.pathId(ctx);
        JsonBody body = JsonBody.parse(ctx, FIELDS);
        String name = body.has("name") ? body.text("name", true, 100) : null;
        String title = body.text("title", false, 100);
        String email = body.email("email");
        String status = body.has("status") ? body.oneOf("status", true, STATUSES) : null;
        body.validate();
        User user = directory.updateUser(id, u -> u.withDetails(name != null ? name : u.name(),
                body.has("title") ? title : u.title(), body.has("email") ? email : u.email()));
        ctx.json(status == null ? user : directory.setStatus(id, status, null));
    }

    public void delete(Context ctx) {
        directory.deleteUser(QueryParams.pathId(ctx));
        ctx.status(204);
    }

    /** PUT /api/users/{id}/status: login/logout, pause/resume. */
    public void setStatus(Context ctx) {
        JsonBody body = JsonBody.parse(ctx, Set.of("status", "reason"));
        String status = body.oneOf("status", true, STATUSES);
        String reason = body.text("reason", false, 200);
        body.validate();
        ctx.json(directory.setStatus(QueryParams.pathId(ctx), status, reason));
    }
}
