package switchboard.directory;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import switchboard.access.Principal;
import switchboard.access.Rules;
import switchboard.routing.Presence;
import switchboard.web.ApiAuth;
import switchboard.web.JsonBody;
import switchboard.web.Page;
import switchboard.web.Paging;
import switchboard.web.QueryParams;

/** /api/users and presence. */
public final class UsersApi {
    static final Set<String> FIELDS =
            Set.of("name", "title", "email", "status", "maxConcurrentCalls", "timeZone", "workingHours");
    private final Directory directory;
    private final CalendarLinks calendars;

    public UsersApi(Directory directory) {
        this(directory, CalendarLinks.NONE);
    }

    public UsersApi(Directory directory, CalendarLinks calendars) {
        this.directory = directory;
        this.calendars = calendars;
    }

    public void list(Context ctx) {
        Paging paging = Paging.of(ctx);
        var page = paging.page(directory.users(paging.afterId(), paging.fetch()), User::id);
        ctx.json(new Page<>(views(ctx, page.items()), page.next()));
    }

    public void get(Context ctx) {
        ctx.json(view(ctx, directory.user(QueryParams.pathId(ctx))));
    }

    public void create(Context ctx) {
        ctx.status(201).json(view(ctx, directory.createUser(read(JsonBody.parse(ctx, FIELDS), 0))));
    }

    /** PATCH changes only the fields given; a status change is a presence change. */
    public void update(Context ctx) {
        long id = QueryParams.pathId(ctx);
        User current = directory.user(id);
        User changed = read(JsonBody.patch(ctx, FIELDS, current), id);
        User user = directory.updateUser(id, u -> changed);
        ctx.json(view(ctx, changed.status().equals(current.status()) ? user : directory.setStatus(id, changed.status(), null)));
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
        ctx.json(view(ctx, directory.setStatus(QueryParams.pathId(ctx), status, reason)));
    }

    private UserView view(Context ctx, User user) {
        return views(ctx, List.of(user)).get(0);
    }

    /** calendarUrl is a secret feed's address: filled in only where the key may see it. */
    private List<UserView> views(Context ctx, List<User> users) {
        Principal by = ApiAuth.principal(ctx);
        List<Long> visible = users.stream().map(User::id).filter(id -> Rules.maySeeCalendarUrl(by, id)).toList();
        Map<Long, String> urls = calendars.urls(visible);
        return users.stream().map(u -> new UserView(u, urls.get(u.id()))).toList();
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
